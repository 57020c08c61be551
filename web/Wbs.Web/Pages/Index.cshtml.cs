using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Pages;

public sealed class IndexModel(TenantCatalog catalog) : PageModel
{
    public IReadOnlyList<TenantProfile> Tenants { get; private set; } = [];

    public void OnGet() => Tenants = catalog.Agencies.ToList();
}
