using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Pages.Staff;

namespace Wbs.Web.Pages.Platform;

/// <summary>
/// An agency admin edits the public site's texts, FAQ, categories, theme colour and logo: "Pratinjau" shows the
/// result without saving, "Simpan" saves it to the registry and the public site shows it at once. The same form
/// holds the working-day calendar (response duty, time zone, one year's days off) and the retention period; the
/// calendar's buttons (another year, more rows, the national list) work without JavaScript and keep what was typed.
/// </summary>
public sealed class ProfileModel(SessionCookies sessions, PlatformClient platform, TimeProvider clock) : StaffPageModel(sessions)
{
    private static readonly string[] Fields =
        ["tagline", "taglineEn", "logo", "themeColor", "categories", "faq", "deadlineRule", "timeZone", "retentionYears", "staffLanguage"];

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>The profile as it would look after saving (shown by the preview).</summary>
    public TenantProfile? Preview { get; private set; }

    /// <summary>Another admin saved since this form was opened: what was typed is kept, and saving again replaces their version.</summary>
    public bool Conflict { get; private set; }

    protected override async Task<IActionResult?> BeforeHandlerAsync() =>
        await base.BeforeHandlerAsync() ?? (Can(WbsClaims.Roles.Admin) ? null : StatusCode(StatusCodes.Status403Forbidden));

    /// <summary>The years whose days off can be edited (the registry accepts the same range).</summary>
    public IEnumerable<int> Years => Enumerable.Range(ThisYear - 1, 7);

    /// <summary>Set when the rows were just filled from the national list (not saved yet).</summary>
    public bool NationalLoaded { get; private set; }

    private int ThisYear => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TenantTimeZones.Find(Tenant.TimeZone)).Year;

    public void OnGet(int? tahun) => Input = ProfileInput.From(Tenant, tahun is { } year && Years.Contains(year) ? year : ThisYear);

    /// <remarks>
    /// "Tampilkan" is the form's first button, so Enter in a field lands here too: with the same year chosen
    /// nothing is replaced and the page comes back with everything typed.
    /// </remarks>
    public IActionResult OnPostYear()
    {
        if (Input.ShowYear != Input.Year)
        {
            Input.ShowingYear(Years.Contains(Input.ShowYear) ? Input.ShowYear : ThisYear, Tenant.Holidays);
        }
        return Page();
    }

    public IActionResult OnPostRows()
    {
        Input.AddBlankRows();
        return Page();
    }

    public IActionResult OnPostNational()
    {
        Input.ShowingYear(Input.Year, TenantCatalog.NationalHolidays());
        NationalLoaded = true;
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        var form = Input.ToRequest();
        Preview = Tenant with
        {
            Tagline = form.Tagline, TaglineEn = form.TaglineEn, Logo = form.Logo ?? Tenant.Logo, ThemeColor = form.ThemeColor,
            Categories = form.Categories ?? [], Faq = form.Faq ?? [],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var rows = new HolidayRows(Input.Year, Input.Days);
        var holidays = rows.Read(Errors);
        if (Errors.Any)
        {
            return Page();
        }
        var saved = await platform.UpdateProfileAsync(Slug, Input.ToRequest(holidays), Input.Version, cancellationToken);
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
            return Fail(rows.ToRows(saved.Problem), [.. Fields, .. rows.Fields]) ?? Page();
        }
        // This instance's pages show the change at once; the others follow within the refresh interval.
        await HttpContext.RequestServices.GetRequiredService<TenantCatalogRefresher>().RefreshAsync(cancellationToken);
        Flash = Lang.T("Profil disimpan; situs publik sudah menampilkannya.", "Profile saved; the public site shows it now.");
        return SeeOther($"/staff/profil?tahun={Input.Year}");
    }
}
