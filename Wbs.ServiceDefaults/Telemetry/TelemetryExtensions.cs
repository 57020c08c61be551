using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry as Aspire's service template wires it (logs, traces and metrics of ASP.NET Core,
/// HttpClient, the runtime, Npgsql and MassTransit, exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set), plus what reporter anonymity needs: no request-line
/// logs, no health probes, <see cref="RedactingActivityProcessor"/> on every span, and a budget of traces per second
/// (<see cref="TraceBudgetSampler"/>, options <see cref="TelemetryOptions"/>).
/// </summary>
public static class TelemetryExtensions
{
    public static readonly string[] Sources = ["Npgsql", "MassTransit", "Wbs.*"];
    public static readonly string[] Meters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "Npgsql", "MassTransit", "Wbs.*"];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Request lines carry paths and query strings; spans record the route template instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Every outbox poll is a command; its text says nothing the traces do not.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        // Polly logs every successful call between services as "Execution attempt" (Information), also a span's
        // content; retries and failures are Warning and stay.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = false;
        });

        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.Section);
        if (builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() is { FollowCallers: false })
        {
            builder.Services.IgnoreCallerTraceContext();
        }
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters))
            .WithTracing(tracing => tracing
                .SetSampler(services => TraceBudgetSampler.ForProcess(services.GetRequiredService<IOptions<TelemetryOptions>>().Value,
                    services.GetRequiredService<TimeProvider>()))
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = request => !IsProbe(request.RequestUri?.AbsolutePath))
                .AddProcessor(new RedactingActivityProcessor()));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }

    private static bool IsProbe(string? path) =>
        path is not null && (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/alive", StringComparison.Ordinal));
}
