using System.Threading.RateLimiting;
using Yarp.ReverseProxy.Model;

namespace Wbs.Gateway.Extensions;

/// <summary>
/// Back-pressure per route family and tenant, never per client (the gateway does not know one):
/// a tenant's family serves <see cref="TenantBudgets.Concurrency"/> requests at once and lets the
/// rest wait in arrival order, so a flood slows everyone a little instead of shutting everyone out;
/// only a full queue answers 429. The flooder's real cost is the proof of work of
/// <see cref="ProofOfWorkGate"/>. <c>Abuse:Unlimited</c> lifts it.
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton<TenantBudgets>();
        services.AddSingleton<ProofOfWorkPolicy>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<TenantBudgets, IOptions<AbuseOptions>>((options, budgets, abuse) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = static (context, _) =>
            {
                var http = context.HttpContext;
                http.RequestServices.GetRequiredService<AbuseMetrics>().Throttled(FamilyOf(http)?.Name ?? "gateway", RequestTenant.Of(http));
                http.Response.Headers.RetryAfter = "5";
                return new ValueTask(GatewayProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests,
                    "Terlalu banyak permintaan, coba lagi sebentar lagi. / Too many requests, try again shortly."));
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (string, string)>(http =>
            {
                if (abuse.Value.Unlimited || FamilyOf(http) is not { } family)
                {
                    return RateLimitPartition.GetNoLimiter(("", ""));
                }
                var tenant = RequestTenant.Of(http);
                return RateLimitPartition.GetConcurrencyLimiter((family.Name, tenant), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = Math.Max(1, budgets.Concurrency(family, tenant)),
                    QueueLimit = Math.Max(0, budgets.QueueLimit(family, tenant)),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }

    public static RouteFamily? FamilyOf(HttpContext context) =>
        RouteFamily.Find(context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata?.GetValueOrDefault(ProxyConfigBuilder.FamilyKey));
}
