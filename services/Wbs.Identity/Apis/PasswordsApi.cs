namespace Wbs.Identity.Apis;

/// <summary>Staff replace their (temporary or seeded) password; reporters change the password of their account.</summary>
public static class PasswordsApi
{
    public static IEndpointRouteBuilder MapPasswordsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}").RequireTenant(allowPlatform: true).WithTags("Passwords");
        api.MapPost("/staff/password", ChangeStaffPassword).WithName("ChangeStaffPassword").WithValidation<ChangePasswordRequest>()
            .RequireAuthorization(WbsPolicies.Staff).AllowTemporaryPassword()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/accounts/password", ChangeAccountPassword).WithName("ChangeAccountPassword").WithValidation<ChangePasswordRequest>()
            .RequireAuthorization(WbsPolicies.Account)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    /// <summary>
    /// Current password and a fresh TOTP code; a wrong one answers like a failed sign-in and counts toward the lockout.
    /// Every older token of the user is revoked (the temporary-password one included); the answer is the new session.
    /// </summary>
    public static async Task<Results<Ok<StaffSessionResponse>, ProblemHttpResult, ValidationProblem>> ChangeStaffPassword(
        ChangePasswordRequest request, PasswordChanges changes, TokenIssuer tokens, ClaimsPrincipal user, HttpContext http,
        CancellationToken cancellationToken)
    {
        var result = await changes.ForStaffAsync(http.Tenant().Slug, user.SubjectId(), request, cancellationToken);
        if (result.Staff is not { } staff)
        {
            return Refusal<StaffSessionResponse>(result);
        }
        var token = await tokens.ForStaffAsync(staff, cancellationToken);
        return TypedResults.Ok(staff.ToSessionResponse(token));
    }

    /// <summary>Current password; a wrong one answers like a failed sign-in and counts toward the account's lockout. Answers the new session.</summary>
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult, ValidationProblem>> ChangeAccountPassword(
        ChangePasswordRequest request, PasswordChanges changes, TokenIssuer tokens, ClaimsPrincipal user, HttpContext http,
        CancellationToken cancellationToken)
    {
        var result = await changes.ForAccountAsync(http.Tenant().Slug, user.AccountId(), request, cancellationToken);
        if (result.Account is not { } account)
        {
            return Refusal<SessionResponse>(result);
        }
        var token = await tokens.ForAccountAsync(account, cancellationToken);
        return TypedResults.Ok(new SessionResponse(token.AccessToken, "Bearer", token.ExpiresIn, WbsClaims.Kinds.Account));
    }

    private static Results<Ok<T>, ProblemHttpResult, ValidationProblem> Refusal<T>(PasswordChangeResult result) => result.Outcome switch
    {
        PasswordChangeOutcome.Throttled => IdentityProblems.Throttled(),
        PasswordChangeOutcome.Rejected => Problems.Validation("newPassword", result.Reason!),
        PasswordChangeOutcome.TotpEnrolmentPending => IdentityProblems.TotpEnrolmentPending(),
        _ => IdentityProblems.InvalidCredentials(),
    };
}
