namespace Wbs.Web.Pages.Staff;

/// <summary>Date filters are whole days in WIB (UTC+7).</summary>
public static class Dates
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static DateTimeOffset? Start(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), Wib) : null;

    public static DateTimeOffset? End(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MaxValue), Wib) : null;
}
