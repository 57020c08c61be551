namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>
/// Dates as a reader writes them ("5 Maret 2026", "5 March 2026") in the tenant's zone; the build runs with
/// invariant globalization, so month names are written out here.
/// </summary>
public static class TenantDates
{
    private static readonly string[] Indonesian =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] English =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <param name="month">1–12.</param>
    public static string MonthName(int month, string language) =>
        (language == TenantLanguages.English ? English : Indonesian)[month - 1];

    /// <summary>The day <paramref name="at"/> falls on in <paramref name="timeZone"/> (WIB when unknown).</summary>
    public static string Date(DateTimeOffset at, string? timeZone, string language) => Date(at, TenantTimeZones.Find(timeZone), language);

    /// <summary>The day <paramref name="at"/> falls on in <paramref name="zone"/>.</summary>
    public static string Date(DateTimeOffset at, TimeZoneInfo zone, string language)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.Day} {MonthName(local.Month, language)} {local.Year}";
    }
}
