namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>
/// The one place where a response deadline and the days left to it are computed, for calendar or working
/// days, in the tenant's time zone (a WIT day starts two hours before a WIB one), skipping weekends, national
/// holidays and cuti bersama. Pure: the clock and the calendar come in.
/// </summary>
public sealed class ResponseDeadline
{
    private readonly HashSet<DateOnly> _daysOff;

    public ResponseDeadline(DeadlineRule rule, TimeZoneInfo zone, IEnumerable<DateOnly> daysOff)
    {
        Rule = rule;
        Zone = zone;
        _daysOff = [.. daysOff];
    }

    public DeadlineRule Rule { get; }
    public TimeZoneInfo Zone { get; }
    public bool InWorkingDays => Rule.Unit == DeadlineRule.Working;

    public static ResponseDeadline For(TenantProfile tenant) =>
        new(tenant.EffectiveDeadlineRule, TenantTimeZones.Find(tenant.TimeZone), tenant.Holidays.Select(h => h.Date));

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(day);

    /// <summary>
    /// Calendar days: the same instant N days later. Working days: the end (23:59:59 local) of the Nth working
    /// day after the local day of submission, so a report sent on a Friday evening or a holiday loses no day.
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset submittedAt)
    {
        if (!InWorkingDays)
        {
            return submittedAt.AddDays(Rule.Days);
        }
        var day = LocalDay(submittedAt);
        for (var counted = 0; counted < Rule.Days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        var endOfDay = day.ToDateTime(new TimeOnly(23, 59, 59));
        return new DateTimeOffset(endOfDay, Zone.GetUtcOffset(endOfDay)).ToUniversalTime();
    }

    /// <summary>
    /// Days left in the rule's unit. Calendar: whole days rounded up. Working: the working days after today up to
    /// the due day (0 on the due day itself); negative, the working days gone by since it.
    /// </summary>
    public int DaysLeft(DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (!InWorkingDays)
        {
            return (int)Math.Ceiling((dueAt - now).TotalDays);
        }
        var today = LocalDay(now);
        var dueDay = LocalDay(dueAt);
        return dueDay >= today ? WorkingDaysAfter(today, dueDay) : -WorkingDaysAfter(dueDay, today);
    }

    private int WorkingDaysAfter(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }
        return count;
    }

    private DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}
