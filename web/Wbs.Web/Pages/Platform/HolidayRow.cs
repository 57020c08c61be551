using System.Globalization;

namespace Wbs.Web.Pages.Platform;

/// <summary>A day off as a row of the profile page (posted as typed, so a refused form keeps it).</summary>
public sealed class HolidayRow
{
    public string? Date { get; set; }
    public string? Name { get; set; }
    public string Kind { get; set; } = TenantHoliday.National;
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Name);

    public static HolidayRow From(TenantHoliday h) => new() { Date = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Name = h.Name, Kind = h.Kind };
}
