using System.Globalization;
using Wbs.Web.Infrastructure.Localisation;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>
/// Dates and sizes in the reader's language without ICU (the build runs with invariant
/// globalization): times in the tenant's zone (WIB, WITA or WIT), month names written out.
/// </summary>
public static class Format
{
    private static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TenantZone.Current);

    public static string Date(DateTimeOffset at) => TenantDates.Date(at, TenantZone.Current, Lang.Current);

    /// <summary>A month (1–12) written out in the reader's language.</summary>
    public static string MonthName(int month) => TenantDates.MonthName(month, Lang.Current);

    public static string DateTime(DateTimeOffset at)
    {
        var local = Local(at);
        var time = local.ToString(Lang.IsEnglish ? "HH:mm" : "HH.mm", CultureInfo.InvariantCulture);
        return $"{Date(at)}, {time} {TenantZone.Abbreviation(local.Offset)}";
    }

    /// <summary>The machine-readable value for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A number with the reader's decimal mark (Indonesian writes 1,5).</summary>
    public static string Decimal(double value, string pattern = "0.#")
    {
        var text = value.ToString(pattern, CultureInfo.InvariantCulture);
        return Lang.IsEnglish ? text : text.Replace('.', ',');
    }

    /// <summary>A limit in MB (MiB, as the services count), e.g. "25 MB" or "0,5 MB".</summary>
    public static string Megabytes(long bytes) => $"{Decimal(bytes / (1024.0 * 1024), "0.##")} MB";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Decimal(bytes / 1024.0)} KB",
        < 1024L * 1024 * 1024 => $"{Decimal(bytes / (1024.0 * 1024))} MB",
        _ => $"{Decimal(bytes / (1024.0 * 1024 * 1024))} GB",
    };

    /// <param name="unit"><c>working</c> when the tenant counts its deadline in working days.</param>
    public static string DaysLeft(int days, bool overdue, string unit = "calendar")
    {
        var working = unit == "working";
        var (id, en) = working ? ("hari kerja", "working days") : ("hari", "days");
        return overdue || days < 0
            ? Lang.T($"Terlambat {Math.Abs(days)} {id}", $"{Math.Abs(days)} {en} overdue")
            : days == 0 ? Lang.T("Jatuh tempo hari ini", "Due today") : Lang.T($"{days} {id} lagi", $"{days} {en} left");
    }
}
