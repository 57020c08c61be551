using System.Globalization;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>
/// Indonesian dates and sizes without ICU (the build runs with invariant globalization): times in
/// WIB (UTC+7, no daylight saving), month names written out.
/// </summary>
public static class Format
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static string Date(DateTimeOffset at)
    {
        var local = at.ToOffset(Wib);
        return $"{local.Day} {Months[local.Month - 1]} {local.Year}";
    }

    public static string DateTime(DateTimeOffset at)
    {
        var local = at.ToOffset(Wib);
        return $"{Date(at)}, {local.ToString("HH.mm", CultureInfo.InvariantCulture)} WIB";
    }

    /// <summary>The machine-readable value for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',')} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',')} MB",
    };

    /// <param name="unit"><c>working</c> when the tenant counts its deadline in working days.</param>
    public static string DaysLeft(int days, bool overdue, string unit = "calendar")
    {
        var dayWord = unit == "working" ? "hari kerja" : "hari";
        return overdue || days < 0
            ? $"Terlambat {Math.Abs(days)} {dayWord}"
            : days == 0 ? "Jatuh tempo hari ini" : $"{days} {dayWord} lagi";
    }
}
