namespace Wbs.Notification.Model;

/// <summary>Dates as Indonesians read them ("5 Maret 2026"), in Western Indonesian Time; the build runs with invariant globalization.</summary>
public static class IndonesianDate
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static string Format(DateTimeOffset at)
    {
        var local = at.ToOffset(Wib);
        return $"{local.Day} {Months[local.Month - 1]} {local.Year}";
    }
}
