namespace Wbs.Intake.Apis;

/// <summary>
/// The tenant registry for platform admins (staff of the <c>platform</c> tenant with <c>platform_admin</c>):
/// list, create and edit agencies. A new agency works at once in every service.
/// </summary>
public static class PlatformTenantsApi
{
    public static IEndpointRouteBuilder MapPlatformTenantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/platform/tenants").RequireAuthorization(WbsPolicies.PlatformAdmin).WithTags("Platform");
        api.MapGet("/", ListTenants).WithName("ListTenants");
        api.MapPost("/", CreateTenant).WithName("CreateTenant").WithValidation<TenantRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{slug}", GetTenant).WithName("GetTenant");
        api.MapPut("/{slug}", UpdateTenant).WithName("UpdateTenant").WithValidation<TenantRequest>();
        return app;
    }

    public static Ok<List<TenantProfile>> ListTenants(TenantCatalog catalog) => TypedResults.Ok(catalog.Agencies.ToList());

    public static Results<Ok<TenantProfile>, ProblemHttpResult> GetTenant(string slug, TenantCatalog catalog) =>
        catalog.Find(slug) is { IsPlatform: false } tenant ? TypedResults.Ok(tenant) : UnknownTenant();

    public static async Task<Results<Created<TenantProfile>, ProblemHttpResult>> CreateTenant(
        TenantRequest request, TenantRegistrar registrar, CancellationToken cancellationToken)
    {
        var created = await registrar.CreateAsync(request.ToProfile(), cancellationToken);
        return created is null
            ? Problems.Conflict("Slug ini sudah dipakai instansi lain. / This slug is taken.")
            : TypedResults.Created($"/api/platform/tenants/{created.Slug}", created);
    }

    public static async Task<Results<Ok<TenantProfile>, ProblemHttpResult>> UpdateTenant(
        string slug, TenantRequest request, TenantRegistrar registrar, CancellationToken cancellationToken)
    {
        var changed = await registrar.UpdateAsync(slug, t => request.ApplyContent(request.ApplyRules(t)), cancellationToken);
        return changed is null ? UnknownTenant() : TypedResults.Ok(changed);
    }

    private static ProblemHttpResult UnknownTenant() => Problems.NotFound("Instansi tidak dikenal. / Unknown agency.");
}
