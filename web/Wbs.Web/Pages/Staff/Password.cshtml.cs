using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// "Ganti kata sandi": current password, new password and a fresh TOTP code. Users enrolled by an
/// admin land here after their first sign-in and reach nothing else until the temporary password is replaced.
/// </summary>
public sealed class StaffPasswordModel(SessionCookies sessions, IdentityClient identity) : StaffPageModel(sessions)
{
    protected override bool ServesPlatform => true;

    private static string NotMatching =>
        Lang.T("Kata sandi saat ini atau kode autentikator tidak cocok.", "The current password or the authenticator code does not match.");

    public string ReturnUrl { get; private set; } = "";

    protected override bool OpenBeforePasswordChange => true;

    public void OnGet(string? returnUrl) => ReturnUrl = StaffPaths.SafeReturn(Slug, returnUrl);

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword, string? totp,
        string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = StaffPaths.SafeReturn(Slug, returnUrl);
        var complete = PasswordForm.Check(Errors, currentPassword, newPassword, confirmPassword);
        if (string.IsNullOrWhiteSpace(totp))
        {
            Errors.Required("totp");
            complete = false;
        }
        if (!complete)
        {
            return Page();
        }
        var changed = await identity.ChangeStaffPasswordAsync(Slug, currentPassword!, newPassword!, totp!.Replace(" ", "").Trim(),
            cancellationToken);
        if (changed.Problem is { Status: StatusCodes.Status409Conflict })
        {
            // The TOTP secret of the enrolment is to be replaced first.
            return SeeOtherUrl(StaffPaths.Totp(Slug, ReturnUrl));
        }
        if (!changed.Ok)
        {
            PasswordForm.AddProblem(Errors, changed.Problem, NotMatching);
            return Page();
        }
        // The old token is revoked by the change: the session continues on the one Identity answered with.
        var issued = changed.Value!;
        Sessions.Write(HttpContext, Slug, SessionKind.Staff, issued.AccessToken, issued.ExpiresIn, issued.Roles, issued.MustChangePassword);
        Flash = Lang.T("Kata sandi diganti.", "Password changed.");
        return SeeOtherUrl(ReturnUrl);
    }
}
