namespace Wbs.Identity.Apis;

/// <summary>
/// A platform admin gives a new agency its first admin: a temporary password and a TOTP secret shown once,
/// as for any staff enrolment. Later staff are the agency admin's to create (<c>/api/{tenant}/staff/users</c>).
/// </summary>
public static class PlatformAdminsApi
{
    public static IEndpointRouteBuilder MapPlatformAdminsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/platform/tenants/{slug}/admins").RequireAuthorization(WbsPolicies.PlatformAdmin).WithTags("Platform")
            .MapPost("/", CreateFirstAdmin).WithName("CreateFirstAdmin").WithValidation<FirstAdminRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<StaffEnrolmentResponse>, ProblemHttpResult>> CreateFirstAdmin(
        string slug, FirstAdminRequest request, TenantCatalogRefresher tenants, StaffDirectory directory, ClaimsPrincipal caller,
        CancellationToken cancellationToken)
    {
        if (await tenants.FindAsync(slug, cancellationToken) is not { IsPlatform: false } tenant)
        {
            return Problems.NotFound("Instansi tidak dikenal. / Unknown agency.");
        }
        if ((await directory.ListAsync(tenant.Slug, cancellationToken)).Count > 0)
        {
            return Problems.Conflict("Instansi ini sudah punya staf; admin instansi menambah pengguna lain. / This agency has staff already; its admins add more users.");
        }
        var enrolment = await StaffEnrolment.EnrolAsync(directory, tenant, request.Username, [WbsClaims.Roles.Admin], StaffActor.From(caller), cancellationToken);
        return enrolment is null
            ? IdentityProblems.UsernameTaken()
            : TypedResults.Created($"/api/{tenant.Slug}/staff/users/{enrolment.Id}", enrolment);
    }
}
