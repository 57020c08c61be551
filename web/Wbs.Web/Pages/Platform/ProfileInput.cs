namespace Wbs.Web.Pages.Platform;

/// <summary>What an agency admin edits of the public site, the working-day calendar and retention, as posted.</summary>
public sealed class ProfileInput
{
    /// <summary>Empty rows offered for new days off (and added again by "Tambah baris").</summary>
    public const int BlankRows = 5;

    public string? Tagline { get; set; }
    public string? TaglineEn { get; set; }
    public string? Logo { get; set; }
    public string ThemeColor { get; set; } = "#0b5d3b";
    public string? Categories { get; set; }
    public string? Faq { get; set; }
    public int DeadlineDays { get; set; } = 30;
    public string DeadlineUnit { get; set; } = DeadlineRule.Calendar;
    public string TimeZone { get; set; } = TenantTimeZones.Wib;
    public int RetentionYears { get; set; } = 5;
    /// <summary>The one language of the e-mails to the agency's staff mailbox.</summary>
    public string StaffLanguage { get; set; } = TenantLanguages.Indonesian;
    /// <summary>The year the rows below belong to.</summary>
    public int Year { get; set; }
    /// <summary>The year chosen to be shown next ("Tampilkan").</summary>
    public int ShowYear { get; set; }
    public List<HolidayRow> Days { get; set; } = [];

    /// <summary>The profile version this edit was made from: saving over a newer one is refused (409).</summary>
    public long Version { get; set; }

    public static ProfileInput From(TenantProfile t, int year) => new ProfileInput
    {
        Tagline = t.Tagline,
        TaglineEn = t.TaglineEn,
        Logo = t.Logo,
        ThemeColor = t.ThemeColor ?? "#0b5d3b",
        Categories = TenantLines.Lines(t.Categories),
        Faq = TenantLines.Lines(t.Faq),
        DeadlineDays = t.EffectiveDeadlineRule.Days,
        DeadlineUnit = t.EffectiveDeadlineRule.Unit,
        TimeZone = t.TimeZone,
        RetentionYears = t.RetentionYears,
        StaffLanguage = t.StaffLanguage,
        Version = t.Version,
    }.ShowingYear(year, t.Holidays);

    /// <summary>Replaces the rows with <paramref name="year"/>'s days of <paramref name="holidays"/>, plus empty rows.</summary>
    public ProfileInput ShowingYear(int year, IEnumerable<TenantHoliday> holidays)
    {
        Year = ShowYear = year;
        Days = [.. holidays.Where(h => h.Date.Year == year).OrderBy(h => h.Date).Select(HolidayRow.From)];
        AddBlankRows();
        return this;
    }

    public void AddBlankRows() => Days.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new HolidayRow()));

    /// <summary>Empty texts are sent as empty (cleared); the lists always replace the old ones; the shown year's days replace that year's.</summary>
    public TenantRequest ToRequest(HolidayYearRequest? holidays = null) => new()
    {
        Tagline = Tagline?.Trim() ?? "",
        TaglineEn = TaglineEn?.Trim() ?? "",
        Logo = TenantLines.Blank(Logo),
        ThemeColor = ThemeColor,
        Categories = TenantLines.ParseCategories(Categories),
        Faq = TenantLines.ParseFaq(Faq),
        DeadlineRule = new DeadlineRule { Days = DeadlineDays, Unit = DeadlineUnit },
        TimeZone = TimeZone,
        RetentionYears = RetentionYears,
        Holidays = holidays,
        StaffLanguage = StaffLanguage,
    };
}
