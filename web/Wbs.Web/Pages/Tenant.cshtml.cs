using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Polly.Timeout;

namespace Wbs.Web.Pages;

public sealed class TenantModel(IntakeProfileClient intake, TenantCatalog catalog, ILogger<TenantModel> logger) : PageModel
{
    public TenantProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string tenant, CancellationToken cancellationToken)
    {
        TenantProfile? profile;
        try
        {
            profile = await intake.GetAsync(tenant, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            logger.LogWarning(ex, "Tenant profile could not be read from Intake");
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (profile is null)
        {
            return NotFound();
        }
        Profile = WithContent(profile, catalog.Find(tenant));
        ViewData["Tenant"] = Profile;
        return Page();
    }

    /// <summary>The site's texts (cards, steps, flows, English twins) Intake's profile does not carry come from the shared catalogue.</summary>
    private static TenantProfile WithContent(TenantProfile profile, TenantProfile? local) => local is null ? profile : profile with
    {
        TaglineEn = profile.TaglineEn ?? local.TaglineEn,
        LegalBasisEn = profile.LegalBasisEn ?? local.LegalBasisEn,
        ThemeColor = profile.ThemeColor ?? local.ThemeColor,
        Services = profile.Services.Count > 0 ? profile.Services : local.Services,
        ReportSteps = profile.ReportSteps.Count > 0 ? profile.ReportSteps : local.ReportSteps,
        Flow = profile.Flow.Count > 0 ? profile.Flow : local.Flow,
        FlowDetail = profile.FlowDetail.Count > 0 ? profile.FlowDetail : local.FlowDetail,
    };

    public bool CodeFirst => Profile.AccountFlow is "code-first" or "both";

    public bool AccountFirst => Profile.AccountFlow is "account-first" or "both";
}
