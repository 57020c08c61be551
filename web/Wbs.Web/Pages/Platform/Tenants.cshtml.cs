using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Pages.Staff;

namespace Wbs.Web.Pages.Platform;

/// <summary>The platform console: the agencies of the platform, and a new agency with its first admin (enrolment shown once).</summary>
public sealed class TenantsModel(SessionCookies sessions, PlatformClient platform, IdentityClient identity, OneTimeCookie oneTime)
    : StaffPageModel(sessions)
{
    public const string EnrolmentCookie = "wbs_tenant_enrolment";

    protected override bool ServesPlatform => true;

    public IReadOnlyList<TenantProfile> Tenants { get; private set; } = [];

    public StaffEnrolmentResponse? Enrolment { get; private set; }

    public string? CreatedSlug { get; private set; }

    [BindProperty]
    public NewTenantInput Input { get; set; } = new();

    private string PagePath => TenantPaths.Of(Slug, "staff/instansi");

    protected override async Task<IActionResult?> BeforeHandlerAsync() =>
        await base.BeforeHandlerAsync() ?? (Tenant.IsPlatform ? null : NotFound());

    public async Task<IActionResult> OnGetAsync(string? created, CancellationToken cancellationToken)
    {
        Enrolment = TakeOneTime<StaffEnrolmentResponse>(EnrolmentCookie, PagePath);
        CreatedSlug = Enrolment is null ? null : created;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    /// <summary>The header's language switch: the new tenant's first admin again in the other language, within its ten minutes.</summary>
    public IActionResult OnPostLanguage(string? @sealed) => ReshowOneTime<StaffEnrolmentResponse>(EnrolmentCookie, PagePath, @sealed);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await platform.CreateTenantAsync(Input.ToRequest(), cancellationToken);
        if (!created.Ok)
        {
            return Fail(created.Problem, NewTenantInput.Fields) ?? await LoadAsync(cancellationToken) ?? Page();
        }
        var admin = await identity.CreateFirstAdminAsync(created.Value.Slug, Input.AdminUsername?.Trim() ?? "", cancellationToken);
        if (!admin.Ok)
        {
            Errors.Add(admin.Problem, "adminUsername");
            Errors.AddGeneral(Lang.T("Instansi sudah dibuat, tetapi admin pertamanya belum: perbaiki nama pengguna lalu coba lagi.",
                "The agency was created, its first admin not yet: correct the username and try again."));
            return await LoadAsync(cancellationToken) ?? Page();
        }
        oneTime.Write(HttpContext, EnrolmentCookie, PagePath, admin.Value);
        return SeeOtherUrl($"{PagePath}?created={Uri.EscapeDataString(created.Value.Slug)}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var tenants = await platform.ListTenantsAsync(cancellationToken);
        if (!tenants.Ok)
        {
            return Fail(tenants.Problem);
        }
        Tenants = tenants.Value;
        return null;
    }
}
