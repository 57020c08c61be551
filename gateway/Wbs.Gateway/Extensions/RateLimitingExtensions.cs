using System.Threading.RateLimiting;

namespace Wbs.Gateway.Extensions;

/// <summary>
/// One fixed window per route family, shared by all callers: the gateway never keys on a client
/// address (it does not know one). Per-account throttling of secret guessing is Identity's job.
/// <c>Gateway:RateLimits:{family}</c> overrides the permits per minute.
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = static (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(GatewayProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
                    "Terlalu banyak permintaan, coba lagi sebentar lagi. / Too many requests, try again shortly."));
            };
            foreach (var family in RouteFamily.All)
            {
                var permits = configuration.GetValue($"Gateway:RateLimits:{family.Name}", family.PermitsPerMinute);
                options.AddFixedWindowLimiter(family.RateLimitPolicy, window =>
                {
                    window.PermitLimit = permits;
                    window.Window = TimeSpan.FromMinutes(1);
                    window.QueueLimit = 0;
                    window.AutoReplenishment = true;
                });
            }
        });
        return services;
    }
}
