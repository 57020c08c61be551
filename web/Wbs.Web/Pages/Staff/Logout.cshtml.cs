using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

public sealed class StaffLogoutModel(SessionCookies sessions) : TenantPageModel
{
    public IActionResult OnGet() => new RedirectResult($"/{Slug}/staff/login");

    public IActionResult OnPost()
    {
        sessions.Clear(HttpContext, Slug, SessionKind.Staff);
        return SeeOther("/staff/login");
    }
}
