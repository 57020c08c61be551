using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Pages.Staff;

namespace Wbs.Web.Pages.Platform;

/// <summary>
/// An agency admin edits the public site's texts, FAQ, categories, theme colour and logo: "Pratinjau" shows the
/// result without saving, "Simpan" saves it to the registry and the public site shows it at once.
/// </summary>
public sealed class ProfileModel(SessionCookies sessions, PlatformClient platform) : StaffPageModel(sessions)
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>The profile as it would look after saving (shown by the preview).</summary>
    public TenantProfile? Preview { get; private set; }

    /// <summary>Another admin saved since this form was opened: what was typed is kept, and saving again replaces their version.</summary>
    public bool Conflict { get; private set; }

    protected override async Task<IActionResult?> BeforeHandlerAsync() =>
        await base.BeforeHandlerAsync() ?? (Can(WbsClaims.Roles.Admin) ? null : StatusCode(StatusCodes.Status403Forbidden));

    public void OnGet() => Input = ProfileInput.From(Tenant);

    public IActionResult OnPostPreview()
    {
        var form = Input.ToForm();
        Preview = Tenant with
        {
            Tagline = form.Tagline, TaglineEn = form.TaglineEn, Logo = form.Logo ?? Tenant.Logo, ThemeColor = form.ThemeColor,
            Categories = form.Categories ?? [], Faq = form.Faq ?? [],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var saved = await platform.UpdateProfileAsync(Slug, Input.ToForm(), Input.Version, Token, cancellationToken);
        if (saved.Problem is { Status: StatusCodes.Status409Conflict })
        {
            var refresher = HttpContext.RequestServices.GetRequiredService<TenantCatalogRefresher>();
            await refresher.RefreshAsync(cancellationToken);
            Conflict = true;
            Input.Version = (await refresher.FindAsync(Slug, cancellationToken))?.Version ?? Input.Version;
            Errors.AddGeneral(Lang.T(
                "Profil ini sudah diubah admin lain sejak Anda membukanya, jadi isian Anda belum disimpan. Isian Anda masih ada di bawah: periksa situs publik, lalu tekan Simpan lagi untuk menggantikan versi mereka.",
                "Another admin changed this profile after you opened it, so your changes were not saved. What you typed is still below: check the public site, then press Save again to replace their version."));
            return Page();
        }
        if (!saved.Ok)
        {
            return Fail(saved.Problem, "tagline", "taglineEn", "logo", "themeColor", "categories", "faq") ?? Page();
        }
        // This instance's pages show the change at once; the others follow within the refresh interval.
        await HttpContext.RequestServices.GetRequiredService<TenantCatalogRefresher>().RefreshAsync(cancellationToken);
        Flash = Lang.T("Profil disimpan; situs publik sudah menampilkannya.", "Profile saved; the public site shows it now.");
        return SeeOther("/staff/profil");
    }
}
