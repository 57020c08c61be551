using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Polly.Timeout;

namespace Wbs.Web.Pages;

public sealed class TenantModel(IntakeProfileClient intake, ILogger<TenantModel> logger) : PageModel
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
        Profile = profile;
        return Page();
    }

    public bool CodeFirst => Profile.AccountFlow is "code-first" or "both";

    public bool AccountFirst => Profile.AccountFlow is "account-first" or "both";
}
