namespace Wbs.Web.Infrastructure.Api.Dtos;

/// <summary>One year's days off as the profile page sends them: they replace that year's list in the registry.
/// Stays in the web with <see cref="TenantForm"/>; its days are ServiceDefaults' <c>TenantHoliday</c>.</summary>
public sealed record HolidayYearForm(int Year, IReadOnlyList<TenantHoliday> Days);
