namespace Wbs.Identity.Apis;

/// <summary>
/// The first sign-in after enrolment: the user sets up a TOTP secret nobody else has seen and confirms it with a
/// code before anything else (the token of that sign-in serves only this and the password change that follows).
/// </summary>
public static class TotpEnrolmentApi
{
    public static IEndpointRouteBuilder MapTotpEnrolmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/staff/totp").RequireTenant(allowPlatform: true).WithTags("Passwords")
            .RequireAuthorization(WbsPolicies.Staff).AllowTemporaryPassword();
        api.MapPost("/", StartTotpEnrolment).WithName("StartTotpEnrolment").ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/confirmation", ConfirmTotpEnrolment).WithName("ConfirmTotpEnrolment")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>A new secret each time (the one shown last is the one to confirm); 409 when no set-up is due.</summary>
    public static async Task<Results<Ok<TotpEnrolmentResponse>, ProblemHttpResult>> StartTotpEnrolment(
        TotpEnrolments enrolments, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = http.Tenant();
        if (await enrolments.StartAsync(tenant.Slug, user.SubjectId(), cancellationToken) is not { } started)
        {
            return IdentityProblems.NoTotpEnrolment();
        }
        var (staff, secret) = started;
        var uri = Totp.EnrolmentUri($"WBS {tenant.ShortName ?? tenant.Slug}", staff.Username, secret);
        return TypedResults.Ok(new TotpEnrolmentResponse(Base32.Encode(secret), uri, EnrolmentQrCode.Svg(uri)));
    }

    /// <summary>A code of the new secret replaces the old secret and ends every older token; the answer is the new session.</summary>
    public static async Task<Results<Ok<StaffSessionResponse>, ProblemHttpResult, ValidationProblem>> ConfirmTotpEnrolment(
        ConfirmTotpRequest request, TotpEnrolments enrolments, TokenIssuer tokens, ClaimsPrincipal user, HttpContext http,
        CancellationToken cancellationToken)
    {
        var (outcome, staff) = await enrolments.ConfirmAsync(http.Tenant().Slug, user.SubjectId(), request.Totp, cancellationToken);
        return outcome switch
        {
            TotpEnrolmentOutcome.Confirmed => TypedResults.Ok(staff!.ToSessionResponse(await tokens.ForStaffAsync(staff!, cancellationToken))),
            TotpEnrolmentOutcome.WrongCode => Problems.Validation("totp",
                "Kode tidak cocok dengan kunci TOTP baru. Coba kode berikutnya. / The code does not match the new TOTP key. Try the next code."),
            _ => IdentityProblems.NoTotpEnrolment(),
        };
    }
}
