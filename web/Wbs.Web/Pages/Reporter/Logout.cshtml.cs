using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>
/// Sign-out revokes the token at Identity (so a copied token dies too) and clears the session cookie
/// (a POST with the antiforgery token, so no link can sign anyone out).
/// </summary>
public sealed class LogoutModel(SessionCookies sessions, IdentityClient identity) : ReporterPageModel(sessions)
{
    public IActionResult OnGet() => SeeOther("");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Session is { } session)
        {
            // Best effort: an unreachable Identity still leaves the browser signed out; the token expires soon.
            await identity.SignOutAsync(Slug, cancellationToken);
        }
        Sessions.Clear(HttpContext, Slug, SessionKind.Reporter);
        Flash = Lang.T("Anda telah keluar.", "You have signed out.");
        return SeeOther("/cek");
    }
}
