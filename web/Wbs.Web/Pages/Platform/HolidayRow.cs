namespace Wbs.Web.Pages.Platform;

/// <summary>
/// A day off as a row of the profile page, posted as typed so a refused form keeps it: day and month of the
/// year shown (no browser date picker, whose format follows the browser rather than the reader's language).
/// </summary>
public sealed class HolidayRow
{
    public int? Day { get; set; }
    public int Month { get; set; } = 1;
    public string? Name { get; set; }
    public string Kind { get; set; } = TenantHoliday.National;
    public bool Remove { get; set; }

    public bool IsBlank => Day is null && string.IsNullOrWhiteSpace(Name);

    public static HolidayRow From(TenantHoliday h) => new() { Day = h.Date.Day, Month = h.Date.Month, Name = h.Name, Kind = h.Kind };

    /// <summary>The date in <paramref name="year"/>, or null when the day is missing or not in that month.</summary>
    public DateOnly? DateIn(int year) =>
        Day is { } day && Month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, day) : null;
}
