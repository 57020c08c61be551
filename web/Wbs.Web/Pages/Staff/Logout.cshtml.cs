using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>Sign-out revokes the token at Identity (so a copied token dies too), then clears the cookie.</summary>
public sealed class StaffLogoutModel(SessionCookies sessions, IdentityClient identity) : TenantPageModel
{
    protected override bool ServesPlatform => true;

    public IActionResult OnGet() => new RedirectResult(TenantPaths.Of(Slug, "staff/login"));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (sessions.Read(HttpContext, Slug, SessionKind.Staff) is { } session)
        {
            CallerSession.Of(HttpContext).Use(session);
            // Best effort: an unreachable Identity still leaves the browser signed out; the token expires soon.
            await identity.SignOutAsync(Slug, cancellationToken);
        }
        sessions.Clear(HttpContext, Slug, SessionKind.Staff);
        return SeeOther("/staff/login");
    }
}
