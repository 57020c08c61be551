using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>Sign-out clears the session cookie (a POST with the antiforgery token, so no link can sign anyone out).</summary>
public sealed class LogoutModel(SessionCookies sessions) : ReporterPageModel(sessions)
{
    public IActionResult OnGet() => SeeOther("");

    public IActionResult OnPost()
    {
        Sessions.Clear(HttpContext, Slug, SessionKind.Reporter);
        Flash = "Anda telah keluar. / You have signed out.";
        return SeeOther("/cek");
    }
}
