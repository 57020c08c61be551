using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry without the hosting package (not served here): one SDK instance registered as a
/// singleton, so the container disposes (flushes) it at shutdown. Exports only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, exactly as Aspire wires it.
/// </summary>
public static class TelemetryExtensions
{
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", "Wbs.*"];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "System.Net.Http", "System.Runtime", "Npgsql", "MassTransit", "Wbs.*",
    ];

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        // Request lines carry paths and query strings; the span middleware records what is safe instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        void ConfigureResource(ResourceBuilder r) => r.AddService(serviceName).AddEnvironmentVariableDetector();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            var resource = ResourceBuilder.CreateDefault();
            ConfigureResource(resource);
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = false;
            logging.AddOtlpExporter();
        });

        var sdk = OpenTelemetrySdk.Create(otel => otel
            .ConfigureResource(ConfigureResource)
            .WithTracing(tracing => tracing
                .AddSource(Sources)
                .AddProcessor(new RedactingActivityProcessor()))
            .WithMetrics(metrics => metrics.AddMeter(Meters))
            .UseOtlpExporter());
        builder.Services.AddSingleton(sdk);
        return builder;
    }
}
