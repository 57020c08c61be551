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
        api.MapPut("/{slug}", UpdateTenant).WithName("UpdateTenant").WithValidation<TenantRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static Ok<List<TenantProfile>> ListTenants(TenantCatalog catalog) => TypedResults.Ok(catalog.Agencies.ToList());

    public static Results<Ok<TenantProfile>, ProblemHttpResult> GetTenant(string slug, TenantCatalog catalog, HttpResponse response)
    {
        if (catalog.Find(slug) is not { IsPlatform: false } tenant)
        {
            return UnknownTenant();
        }
        TenantVersions.Tag(response, tenant.Version);
        return TypedResults.Ok(tenant);
    }

    public static async Task<Results<Created<TenantProfile>, ProblemHttpResult>> CreateTenant(
        TenantRequest request, TenantRegistrar registrar, CancellationToken cancellationToken)
    {
        var created = await registrar.CreateAsync(request.ToProfile(), cancellationToken);
        return created is null
            ? Problems.Conflict("Slug ini sudah dipakai instansi lain. / This slug is taken.")
            : TypedResults.Created($"/api/platform/tenants/{created.Slug}", created);
    }

    /// <summary>Name, rules and content; <c>If-Match</c> as for the agency's own profile edit.</summary>
    public static async Task<Results<Ok<TenantProfile>, ProblemHttpResult>> UpdateTenant(
        string slug, TenantRequest request, TenantRegistrar registrar, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TenantVersions.TryReadIfMatch(http.Request, out var version))
        {
            return TenantVersions.BadIfMatch();
        }
        var update = await registrar.UpdateAsync(slug, version, t => request.ApplyContent(request.ApplyRules(t)), cancellationToken);
        return TenantVersions.Answer(update, http.Response, t => t);
    }

    private static ProblemHttpResult UnknownTenant() => Problems.NotFound("Instansi tidak dikenal. / Unknown agency.");
}
