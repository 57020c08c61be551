using MassTransit;
using Microsoft.AspNetCore.Routing;
using Wbs.ServiceDefaults.Discovery;

namespace Wbs.ServiceDefaults.Tenancy;

public static class TenantExtensions
{
    private const string ItemKey = "wbs.tenant";

    /// <summary>
    /// The catalogue every service reads tenants from. With Intake's endpoint configured (and no
    /// <c>Tenancy:File</c>) it follows Intake's registry; Intake registers its own database as the registry.
    /// </summary>
    public static IHostApplicationBuilder AddTenantCatalog(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<TenancyOptions>(TenancyOptions.Section);
        var file = builder.Configuration["Tenancy:File"];
        services.AddSingleton(_ => TenantCatalog.Load(file));
        services.AddSingleton<TenantCatalogRefresher>();
        if (file is not { Length: > 0 })
        {
            if (ServiceEndpoints.Resolve(builder.Configuration, "intake") is not null)
            {
                services.AddHttpClient<ITenantRegistry, TenantRegistryClient>(c => c.BaseAddress = new Uri("http://intake"));
            }
            services.AddHostedService<TenantCatalogSync>();
        }
        return builder;
    }

    /// <summary>Each instance hears <see cref="Contracts.TenantProfileChanged"/> on its own temporary queue.</summary>
    public static IBusRegistrationConfigurator AddTenantProfileChanges(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<TenantProfileChangedConsumer>().Endpoint(e =>
        {
            e.Temporary = true;
            e.InstanceId = Guid.NewGuid().ToString("N")[..12];
        });
        return bus;
    }

    /// <summary>
    /// For groups under <c>/api/{tenant}</c> (and <c>/internal/{tenant}</c>): an unknown slug answers 404 before
    /// authentication (<see cref="UseTenants"/>), whatever the path asks of the caller, and a token issued for another
    /// tenant answers 403 before any handler runs. The platform's own tenant is unknown here unless
    /// <paramref name="allowPlatform"/> (staff sign-in and password change of platform admins).
    /// </summary>
    public static TBuilder RequireTenant<TBuilder>(this TBuilder builder, bool allowPlatform = false) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantRoute(allowPlatform)).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var claimed = http.User.FindFirst(Auth.WbsClaims.Tenant)?.Value;
            if (http.User.Identity?.IsAuthenticated == true && claimed != http.Tenant().Slug)
            {
                return Problems.Problems.Forbidden("Token ini bukan untuk instansi ini. / This token is for another agency.");
            }
            return await next(context);
        });

    /// <summary>
    /// Resolves the tenant of every endpoint marked by <see cref="RequireTenant"/>; an unknown slug (or the platform's
    /// own on an agency's path) answers 404 problem+json here, so it is 404 on every such path, before authentication
    /// could answer 401 for lack of a token. Goes before <c>UseAuthentication</c>.
    /// </summary>
    public static IApplicationBuilder UseTenants(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<TenantRoute>() is { } route)
        {
            var refresher = http.RequestServices.GetRequiredService<TenantCatalogRefresher>();
            if (await refresher.FindAsync(http.GetRouteValue("tenant") as string, http.RequestAborted) is not { } tenant
                || (tenant.IsPlatform && !route.AllowPlatform))
            {
                await Problems.Problems.NotFound("Instansi tidak dikenal. / Unknown agency.").ExecuteAsync(http);
                return;
            }
            http.Items[ItemKey] = tenant;
        }
        await next(http);
    });

    public static TenantProfile Tenant(this HttpContext http) =>
        http.Items[ItemKey] as TenantProfile
        ?? throw new InvalidOperationException("No tenant resolved: RequireTenant() on the endpoint's group and UseTenants() in the pipeline are both needed.");

    /// <summary>Marks an endpoint whose <c>{tenant}</c> route value must name a known tenant.</summary>
    private sealed record TenantRoute(bool AllowPlatform);
}
