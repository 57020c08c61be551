using Wbs.ServiceDefaults.Hosting;
using Wbs.ServiceDefaults.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wbs.ServiceDefaults.Problems;
using Wbs.ServiceDefaults.Telemetry;
using Wbs.ServiceDefaults.Tenancy;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every WBS service shares, in the shape of Aspire's ServiceDefaults: OpenTelemetry, health
/// checks, service discovery (<c>services__name__http__0</c>), the standard resilience handler on
/// every HttpClient, problem details and the tenant catalogue.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddWbsResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddWbsResilienceTelemetry();
        builder.Services.AddWbsProblemDetails();
        builder.Services.AddPeerCalls();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTenantCatalog();
        builder.Services.AddHostedService<MemoryTrimAfterStart>();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary><c>/health</c>: every check (dependencies reachable); <c>/alive</c>: the process answers.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseWbsProblemDetails();
        app.MapHealthChecks("/health").DisableHttpMetrics();
        app.MapHealthChecks("/alive", new() { Predicate = r => r.Tags.Contains(LiveTag) }).DisableHttpMetrics();
        return app;
    }
}
