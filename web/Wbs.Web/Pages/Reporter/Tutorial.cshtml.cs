namespace Wbs.Web.Pages.Reporter;

/// <summary>"Tutorial lengkap": the whole journey step by step, in the order of the tenant's main path.</summary>
public sealed class TutorialModel(SessionCookies sessions) : ReporterPageModel(sessions)
{
    public bool AccountFirst => Tenant.AccountFlow == "account-first";

    public void OnGet()
    {
    }
}
