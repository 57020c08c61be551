namespace Wbs.Web.Pages.Staff;

/// <summary>Date filters are whole days in the tenant's zone (WIB, WITA or WIT).</summary>
public static class Dates
{
    public static DateTimeOffset? Start(DateOnly? day) => day is { } d ? At(d.ToDateTime(TimeOnly.MinValue)) : null;

    public static DateTimeOffset? End(DateOnly? day) => day is { } d ? At(d.ToDateTime(TimeOnly.MaxValue)) : null;

    private static DateTimeOffset At(DateTime local) => new(local, TenantZone.Current.GetUtcOffset(local));
}
