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
        return TypedResults.Ok(users.Select(StaffUserResponse.From).ToList());
    }

    /// <summary>Creates a staff user and answers the one-time enrolment: temporary password and TOTP secret.</summary>
    public static async Task<Results<Created<StaffEnrolmentResponse>, ProblemHttpResult>> CreateStaffUser(
        CreateStaffUserRequest request, StaffDirectory directory, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        var password = PasswordService.NewTemporaryPassword();
        var secret = Totp.NewSecret();
        var user = await directory.CreateAsync(tenant.Slug, Guid.CreateVersion7(), Usernames.Normalize(request.Username), password, secret,
            request.Roles!, mustChangePassword: true, cancellationToken);
        if (user is null)
        {
            return IdentityProblems.UsernameTaken();
        }
        var uri = Totp.EnrolmentUri($"WBS {tenant.ShortName ?? tenant.Slug}", user.Username, secret);
        return TypedResults.Created($"/api/{tenant.Slug}/staff/users/{user.Id}", new StaffEnrolmentResponse(
            user.Id, user.Username, user.Roles, password, Base32.Encode(secret), uri, Convert.ToBase64String(EnrolmentQrCode.Png(uri))));
    }

    public static async Task<Results<Ok<StaffUserResponse>, ProblemHttpResult>> DisableStaffUser(
        Guid id, StaffDirectory directory, SessionRevoker revoker, ClaimsPrincipal caller, HttpContext http, CancellationToken cancellationToken)
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
        // Every token the user holds stops working at once, in every service.
        revoker.RevokeSubject(user.Tenant, user.Id);
        await revoker.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StaffUserResponse.From(user));
    }
}
