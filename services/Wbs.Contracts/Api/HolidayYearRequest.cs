namespace Wbs.Contracts.Api;

/// <summary>
/// One year's days off as a tenant admin edits them: <see cref="Days"/> replace that year's national holidays and
/// cuti bersama; <see cref="National"/> puts the platform's national list for that year back instead.
/// </summary>
public sealed record HolidayYearRequest
{
    public int Year { get; init; }
    public IReadOnlyList<TenantHoliday>? Days { get; init; }
    public bool National { get; init; }
}
