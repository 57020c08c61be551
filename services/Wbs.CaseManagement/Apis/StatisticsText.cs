using System.Globalization;

namespace Wbs.CaseManagement.Apis;

/// <summary>The words of the statistics (CSV, charts, the periodic report) in one language, Indonesian or English.</summary>
internal sealed class StatisticsText(string language, TenantProfile tenant)
{
    public bool English { get; } = language == ReaderLanguage.English;
    public CultureInfo Numbers { get; } = CultureInfo.InvariantCulture;

    public string T(string id, string en) => English ? en : id;

    public string Status(string code) => English ? CaseStatuses.EnglishLabel(code) : CaseStatuses.Label(code);

    /// <summary>The tenant's own label (tenant data, in its language) or the code when the category was removed since.</summary>
    public string Category(string code) => tenant.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    public string Channel(string code) => code switch
    {
        ReportChannels.Web => T("Situs web", "Website"),
        ReportChannels.Letter => T("Surat", "Letter"),
        ReportChannels.Phone => T("Telepon", "Phone"),
        ReportChannels.Email => T("Surel", "E-mail"),
        ReportChannels.WalkIn => T("Datang langsung", "In person"),
        _ => code,
    };

    public string ReporterType(string code) => code switch
    {
        "internal" => T("Internal (ASN)", "Internal (civil servant)"),
        "external" => T("Eksternal (masyarakat)", "External (public)"),
        _ => code,
    };

    public string Outcome(string code) => code switch
    {
        CaseOutcome.Proven => T("Terbukti", "Proven"),
        CaseOutcome.NotProven => T("Tidak terbukti", "Not proven"),
        CaseOutcome.Forwarded => T("Diteruskan", "Forwarded"),
        _ => code,
    };

    public string Sla(string key) => key switch
    {
        "met" => T("Tepat waktu", "Deadline met"),
        "missed" => T("Terlambat", "Deadline missed"),
        "pending" => T("Masih berjalan", "Still running"),
        _ => key,
    };

    /// <summary><c>yyyy-MM</c> as "Maret 2026" / "March 2026".</summary>
    public string Month(string key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"{TenantDates.MonthName(d.Month, language)} {d.Year}"
            : key;

    /// <summary>The day <paramref name="at"/> falls on in the tenant's zone.</summary>
    public string Date(DateTimeOffset at) => TenantDates.Date(at, tenant.TimeZone, language);

    /// <summary>A decimal as the reader's spreadsheet expects it: comma in Indonesian, point in English.</summary>
    public string Decimal(double value) =>
        English ? value.ToString("0.##", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
