using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>A reporter account's password change (current and new password). A code session has no password to change.</summary>
public sealed class AccountPasswordModel(SessionCookies sessions, IdentityClient identity) : ReporterPageModel(sessions)
{
    private static string NotMatching => Lang.T("Kata sandi saat ini tidak cocok.", "The current password does not match.");

    protected override bool RequiresSession => true;

    public IActionResult OnGet() => AccountOnly() ?? Page();

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword,
        CancellationToken cancellationToken)
    {
        if (AccountOnly() is { } elsewhere)
        {
            return elsewhere;
        }
        if (!PasswordForm.Check(Errors, currentPassword, newPassword, confirmPassword))
        {
            return Page();
        }
        var changed = await identity.ChangeAccountPasswordAsync(Slug, currentPassword!, newPassword!, cancellationToken);
        if (!changed.Ok)
        {
            PasswordForm.AddProblem(Errors, changed.Problem, NotMatching);
            return Page();
        }
        // The old token is revoked by the change: the session continues on the one Identity answered with.
        Sessions.Write(HttpContext, Slug, SessionKind.Reporter, changed.Value!.AccessToken, changed.Value.ExpiresIn);
        Flash = Lang.T("Kata sandi akun diganti.", "Your account password was changed.");
        return SeeOther("/laporan");
    }

    private IActionResult? AccountOnly()
    {
        if (Session is { IsAccount: true })
        {
            return null;
        }
        Flash = Lang.T("Kata sandi hanya ada pada akun; sesi dengan kode pengaduan tidak memilikinya.", "Only accounts have a password.");
        return SeeOther("/laporan");
    }
}
