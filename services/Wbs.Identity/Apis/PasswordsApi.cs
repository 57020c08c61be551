namespace Wbs.Identity.Apis;

/// <summary>Staff replace their (temporary or seeded) password; reporters change the password of their account.</summary>
public static class PasswordsApi
{
    public static IEndpointRouteBuilder MapPasswordsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}").RequireTenant().WithTags("Passwords");
        api.MapPost("/staff/password", ChangeStaffPassword).WithName("ChangeStaffPassword").WithValidation<ChangePasswordRequest>()
            .RequireAuthorization(WbsPolicies.Staff).AllowTemporaryPassword()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/accounts/password", ChangeAccountPassword).WithName("ChangeAccountPassword").WithValidation<ChangePasswordRequest>()
            .RequireAuthorization(WbsPolicies.Account)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    /// <summary>Current password and a fresh TOTP code; a wrong one answers like a failed sign-in and counts toward the lockout.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> ChangeStaffPassword(
        ChangePasswordRequest request, PasswordChanges changes, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await changes.ForStaffAsync(http.Tenant().Slug, user.SubjectId(), request, cancellationToken));

    /// <summary>Current password; a wrong one answers like a failed sign-in and counts toward the account's lockout.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> ChangeAccountPassword(
        ChangePasswordRequest request, PasswordChanges changes, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await changes.ForAccountAsync(http.Tenant().Slug, user.AccountId(), request, cancellationToken));

    private static Results<NoContent, ProblemHttpResult, ValidationProblem> Answer(PasswordChangeResult result) => result.Outcome switch
    {
        PasswordChangeOutcome.Changed => TypedResults.NoContent(),
        PasswordChangeOutcome.Throttled => IdentityProblems.Throttled(),
        PasswordChangeOutcome.Rejected => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["newPassword"] = [result.Reason!] }, title: ProblemTitles.For(StatusCodes.Status400BadRequest)),
        _ => IdentityProblems.InvalidCredentials(),
    };
}
