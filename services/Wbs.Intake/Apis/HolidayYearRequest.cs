namespace Wbs.Intake.Apis;

/// <summary>
/// One year's days off as a tenant admin edits them: <see cref="Days"/> replace that year's national holidays and
/// cuti bersama; <see cref="National"/> puts the platform's national list for that year back instead.
/// </summary>
public sealed record HolidayYearRequest
{
    public const int MaxDays = 60;

    public int Year { get; init; }
    public IReadOnlyList<TenantHoliday>? Days { get; init; }
    public bool National { get; init; }

    /// <summary>The tenant's whole calendar with this year replaced, in date order; other years stay as they were.</summary>
    public IReadOnlyList<TenantHoliday> ApplyTo(IReadOnlyList<TenantHoliday> current)
    {
        var year = National
            ? TenantCatalog.NationalHolidays().Where(h => h.Date.Year == Year)
            : (Days ?? []).Select(h => h with { Name = h.Name.Trim() });
        return [.. current.Where(h => h.Date.Year != Year).Concat(year).OrderBy(h => h.Date)];
    }
}
