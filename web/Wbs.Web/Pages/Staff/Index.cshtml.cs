using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

public sealed class StaffIndexModel : TenantPageModel
{
    protected override bool ServesPlatform => true;

    public IActionResult OnGet() => new RedirectResult(Tenant.IsPlatform ? $"/{Slug}/staff/instansi" : $"/{Slug}/staff/cases");
}
