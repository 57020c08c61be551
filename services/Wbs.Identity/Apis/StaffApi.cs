namespace Wbs.Identity.Apis;

public static class StaffApi
{

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/staff/users").RequireTenant().RequireAuthorization(RoleMatrix.ManageStaff).WithTags("Staff");
        api.MapGet("/", ListStaffUsers).WithName("ListStaffUsers");
        api.MapPost("/", CreateStaffUser).WithName("CreateStaffUser").WithValidation<CreateStaffUserRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/disable", DisableStaffUser).WithName("DisableStaffUser")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<List<StaffUserResponse>>> ListStaffUsers(StaffDirectory directory, HttpContext http, CancellationToken cancellationToken)
    {
        var users = await directory.ListAsync(http.Tenant().Slug, cancellationToken);
        return TypedResults.Ok(users.Select(u => u.ToResponse()).ToList());
    }

    /// <summary>Creates a staff user and answers the one-time enrolment: temporary password and TOTP secret.</summary>
    public static async Task<Results<Created<StaffEnrolmentResponse>, ProblemHttpResult>> CreateStaffUser(
        CreateStaffUserRequest request, StaffDirectory directory, ClaimsPrincipal caller, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        var enrolment = await StaffEnrolment.EnrolAsync(directory, tenant, request.Username, request.Roles!, StaffActor.From(caller), cancellationToken);
        return enrolment is null
            ? IdentityProblems.UsernameTaken()
            : TypedResults.Created($"/api/{tenant.Slug}/staff/users/{enrolment.Id}", enrolment);
    }

    public static async Task<Results<Ok<StaffUserResponse>, ProblemHttpResult>> DisableStaffUser(
        Guid id, StaffDirectory directory, SessionRevoker revoker, IdentityDbContext db, TimeProvider clock, ClaimsPrincipal caller, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (caller.SubjectId() == id)
        {
            return IdentityProblems.CannotDisableSelf();
        }
        if (await directory.FindAsync(http.Tenant().Slug, id, cancellationToken) is not { } user)
        {
            return IdentityProblems.StaffUserUnknown();
        }
        user.Disabled = true;
        db.RecordAct(user.Tenant, IdentityActs.StaffDisabled, StaffActor.From(caller), user.Username, clock.GetUtcNow());
        // Every token the user holds stops working at once, in every service.
        revoker.RevokeSubject(user.Tenant, user.Id);
        await revoker.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(user.ToResponse());
    }
}
