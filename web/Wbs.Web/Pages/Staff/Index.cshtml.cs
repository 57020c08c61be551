using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

public sealed class StaffIndexModel : TenantPageModel
{
    public IActionResult OnGet() => new RedirectResult($"/{Slug}/staff/cases");
}
