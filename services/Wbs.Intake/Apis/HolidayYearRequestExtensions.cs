namespace Wbs.Intake.Apis;

/// <summary>What a holiday-year edit does to a tenant's calendar.</summary>
public static class HolidayYearRequestExtensions
{
    /// <summary>The tenant's whole calendar with this year replaced, in date order; other years stay as they were.</summary>
    public static IReadOnlyList<TenantHoliday> ApplyTo(this HolidayYearRequest r, IReadOnlyList<TenantHoliday> current)
    {
        var year = r.National
            ? TenantCatalog.NationalHolidays().Where(h => h.Date.Year == r.Year)
            : (r.Days ?? []).Select(h => h with { Name = h.Name.Trim() });
        return [.. current.Where(h => h.Date.Year != r.Year).Concat(year).OrderBy(h => h.Date)];
    }
}
