using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

public sealed class StaffIndexModel : TenantPageModel
{
    protected override bool ServesPlatform => true;

    public IActionResult OnGet() => new RedirectResult(Tenant.IsPlatform ? TenantPaths.Of(Slug, "staff/instansi") : TenantPaths.Of(Slug, "staff/cases"));
}
