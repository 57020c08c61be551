using System.Globalization;

namespace Wbs.Identity.Apis;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        // Platform admins sign in on the platform tenant too.
        var api = app.MapGroup("/api/{tenant}").RequireTenant(allowPlatform: true).WithTags("Sessions");
        api.MapPost("/sessions", CreateSession).WithName("CreateSession").WithValidation<SessionRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/staff/sessions", CreateStaffSession).WithName("CreateStaffSession")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapDelete("/sessions/current", DeleteCurrentSession).WithName("DeleteCurrentSession")
            .RequireAuthorization().AllowTemporaryPassword();
        return app;
    }

    /// <summary>Signs out: the caller's token (any kind) is refused by every service from now on.</summary>
    public static async Task<NoContent> DeleteCurrentSession(
        SessionRevoker revoker, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant().Slug;
        var subject = user.SubjectId() ?? Guid.Empty;
        if (user.SessionId() is { } session)
        {
            revoker.RevokeSession(tenant, subject, session);
        }
        else
        {
            // A token without a session id (none of Identity's) can only be ended with all of its subject's.
            revoker.RevokeSubject(tenant, subject);
        }
        await revoker.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> CreateSession(
        SessionRequest request, [AsParameters] SessionServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant().Slug;
        if (!string.IsNullOrWhiteSpace(request.ComplaintCode))
        {
            var code = await services.SignIn.WithCodeAsync(tenant, request.ComplaintCode, cancellationToken);
            return code.Outcome == SignInOutcome.Succeeded
                ? Answer(await services.Tokens.ForCodeAsync(code.Subject!, cancellationToken), WbsClaims.Kinds.Code)
                : IdentityProblems.InvalidCredentials();
        }
        var account = await services.SignIn.WithPasswordAsync(tenant, request.Username, request.Password, Proof(http), cancellationToken);
        return account.Outcome switch
        {
            SignInOutcome.Succeeded => Answer(await services.Tokens.ForAccountAsync(account.Subject!, cancellationToken), WbsClaims.Kinds.Account),
            SignInOutcome.ProofOfWorkRequired => IdentityProblems.ProofOfWorkRequired(account.Demand!),
            _ => IdentityProblems.InvalidCredentials(),
        };
    }

    /// <summary>
    /// Username, password and TOTP; a missing or wrong part answers the same 401; after failures on the username, 429 with
    /// <c>Retry-After</c> unless the TOTP code is right (API.md: 200; 401; 429 — never 428).
    /// </summary>
    public static async Task<Results<Ok<StaffSessionResponse>, ProblemHttpResult>> CreateStaffSession(
        StaffSessionRequest request, [AsParameters] SessionServices services, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await services.StaffSignIn.SignInAsync(http.Tenant().Slug, request.Username, request.Password, request.Totp,
            cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                var token = await services.Tokens.ForStaffAsync(result.Subject!, cancellationToken);
                return TypedResults.Ok(result.Subject!.ToSessionResponse(token));
            case SignInOutcome.Throttled:
                http.Response.Headers.RetryAfter = ((long)Math.Ceiling(Math.Max(1, result.RetryAfter?.TotalSeconds ?? 1)))
                    .ToString(CultureInfo.InvariantCulture);
                return IdentityProblems.SignInThrottled();
            default:
                return IdentityProblems.InvalidCredentials();
        }
    }

    private static string? Proof(HttpContext http) => http.Request.Headers[ProofOfWorkChallenges.Header];

    private static Ok<SessionResponse> Answer(IssuedToken token, string kind) =>
        TypedResults.Ok(new SessionResponse(token.AccessToken, "Bearer", token.ExpiresIn, kind));
}
