using Microsoft.AspNetCore.Routing;

namespace Wbs.ServiceDefaults.Tenancy;

public static class TenantExtensions
{
    private const string ItemKey = "wbs.tenant";

    public static IServiceCollection AddTenantCatalog(this IServiceCollection services)
    {
        services.AddSingleton(sp => TenantCatalog.Load(sp.GetRequiredService<IConfiguration>()["Tenancy:File"]));
        return services;
    }

    /// <summary>
    /// For groups under <c>/api/{tenant}</c>: an unknown slug answers 404, and a token issued for
    /// another tenant answers 403, before any handler runs.
    /// </summary>
    public static TBuilder RequireTenant<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var catalog = http.RequestServices.GetRequiredService<TenantCatalog>();
            if (catalog.Find(http.GetRouteValue("tenant") as string) is not { } tenant)
            {
                return Problems.Problems.NotFound("Instansi tidak dikenal. / Unknown agency.");
            }
            var claimed = http.User.FindFirst(Auth.WbsClaims.Tenant)?.Value;
            if (http.User.Identity?.IsAuthenticated == true && claimed != tenant.Slug)
            {
                return Problems.Problems.Forbidden("Token ini bukan untuk instansi ini. / This token is for another agency.");
            }
            http.Items[ItemKey] = tenant;
            return await next(context);
        });

    public static TenantProfile Tenant(this HttpContext http) =>
        http.Items[ItemKey] as TenantProfile ?? throw new InvalidOperationException("RequireTenant() is missing on this endpoint's group.");
}
