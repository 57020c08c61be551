namespace Wbs.Intake.Apis;

/// <summary>
/// The registry for the other services' catalogues. Profiles are public data (the site shows them), so no
/// token is asked; the gateway never routes <c>/internal</c>.
/// </summary>
public static class InternalTenantsApi
{
    public static IEndpointRouteBuilder MapInternalTenantsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(TenantRegistryClient.Path, ListRegistry).WithTags("Internal").WithName("ListTenantRegistry").AllowAnonymous();
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TenantProfile>>> ListRegistry(IServiceProvider services, TenantCatalog catalog,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(services.GetService<ITenantRegistry>() is { } registry
            ? await registry.ListAsync(cancellationToken)
            : (IReadOnlyList<TenantProfile>)[.. catalog.All]);
}
