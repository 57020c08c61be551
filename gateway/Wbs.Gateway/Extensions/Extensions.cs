using Microsoft.Extensions.DependencyInjection.Extensions;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

namespace Wbs.Gateway.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Built from configuration when first needed, so settings injected by a host or a test count.
        builder.Services.AddSingleton<IProxyConfigProvider>(sp =>
        {
            var (routes, clusters) = ProxyConfigBuilder.Build(sp.GetRequiredService<IConfiguration>());
            return new InMemoryConfigProvider(routes, clusters);
        });
        builder.Services.AddReverseProxy()
            .AddTransforms(context =>
            {
                // YARP adds X-Forwarded-For/Proto/Host/Prefix by default: the client's address must not travel on.
                context.UseDefaultForwarders = false;
                context.AddRequestTransform(ProxiedTraceContext.InjectAsync);
            })
            // Destinations are service names (http://intake) resolved by Microsoft.Extensions.ServiceDiscovery.
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, ProxiedTraceContext.ClientFactory>());
        builder.Services.AddWbsAbuseProtection();
        builder.Services.AddGatewayRateLimiting();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RouteFamily.LargestBody;
        });
        // Connection-level logs are of no use here and must never carry a peer address.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
        return builder;
    }

    public static WebApplication UseGatewayProtection(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<AnonymityMiddleware>();
        app.UseMiddleware<InternalPathGuard>();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<TenantLookup>();
        // Unsolved writes are answered before they can take a place in a tenant's queue.
        app.UseMiddleware<ProofOfWorkGate>();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapChallengesApi();
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(RequireDestinationAsync);
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static Task RequireDestinationAsync(HttpContext context, Func<Task> next) =>
        context.GetReverseProxyFeature().AvailableDestinations.Count == 0
            ? GatewayProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                "Layanan ini sedang tidak tersedia. / This service is not available.")
            : next();
}
