using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// "Kode TOTP baru": at the first sign-in after enrolment the user sets up a TOTP secret nobody else has seen (shown
/// here once, as QR code and text) and confirms it with a code, before the password page and anything else.
/// </summary>
public sealed class StaffTotpModel(SessionCookies sessions, IdentityClient identity) : StaffPageModel(sessions)
{
    protected override bool ServesPlatform => true;

    protected override bool OpenBeforePasswordChange => true;

    public string ReturnUrl { get; private set; } = "";

    public TotpEnrolmentResponse? Enrolment { get; private set; }

    /// <summary>Each showing is a new secret: only the one on screen can be confirmed.</summary>
    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = StaffPaths.SafeReturn(Slug, returnUrl);
        return await ShowNewSecretAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? totp, string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = StaffPaths.SafeReturn(Slug, returnUrl);
        var code = totp?.Replace(" ", "").Trim();
        if (string.IsNullOrEmpty(code))
        {
            Errors.Required("totp");
            return await ShowNewSecretAsync(cancellationToken);
        }
        var confirmed = await identity.ConfirmTotpEnrolmentAsync(Slug, code, cancellationToken);
        if (!confirmed.Ok)
        {
            if (confirmed.Problem.Status == StatusCodes.Status400BadRequest)
            {
                Errors.Add("totp", Lang.T("Kode tidak cocok. Hapus entri tadi dari aplikasi autentikator, pindai kode QR baru di bawah, lalu masukkan kodenya.",
                    "The code does not match. Remove the entry from your authenticator app, scan the new QR code below, then enter its code."));
                return await ShowNewSecretAsync(cancellationToken);
            }
            return Fail(confirmed.Problem, "totp") ?? Page();
        }
        // The old token is revoked by the change: the session continues on the one Identity answered with.
        var issued = confirmed.Value;
        Sessions.Write(HttpContext, Slug, SessionKind.Staff, issued.AccessToken, issued.ExpiresIn, issued.Roles, issued.MustChangePassword);
        Flash = Lang.T("Kode TOTP baru aktif. Kode lama tidak berlaku lagi.", "The new TOTP key is active. The old one no longer works.");
        return SeeOtherUrl(issued.MustChangePassword ? StaffPaths.Password(Slug, ReturnUrl) : ReturnUrl);
    }

    private async Task<IActionResult> ShowNewSecretAsync(CancellationToken cancellationToken)
    {
        var started = await identity.StartTotpEnrolmentAsync(Slug, cancellationToken);
        if (started.Problem is { Status: StatusCodes.Status409Conflict })
        {
            // Nothing to set up (done already): on to the password page, which leads on when that is done too.
            return SeeOtherUrl(StaffSession.MustChangePassword ? StaffPaths.Password(Slug, ReturnUrl) : ReturnUrl);
        }
        if (!started.Ok)
        {
            return Fail(started.Problem) ?? Page();
        }
        Enrolment = started.Value;
        return Page();
    }
}
