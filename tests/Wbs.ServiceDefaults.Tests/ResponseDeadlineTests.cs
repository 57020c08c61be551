using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;

namespace Wbs.ServiceDefaults.Tests;

public sealed class ResponseDeadlineTests
{
    private static readonly IReadOnlyList<TenantHoliday> National = TenantCatalog.NationalHolidays();

    private static ResponseDeadline Working(int days, string zone = TenantTimeZones.Wib) =>
        new(new DeadlineRule { Days = days, Unit = DeadlineRule.Working }, TenantTimeZones.Find(zone), National.Select(h => h.Date));

    private static DateTimeOffset Wib(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Working_days_skip_the_Idul_Fitri_week_with_its_cuti_bersama()
    {
        // Tue 17 Mar 2026; off: 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti), 21-22 (Idul Fitri, weekend), 23-24 (cuti).
        var due = Working(3).DueAt(Wib(2026, 3, 17));
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 23, 59, 59, TimeSpan.FromHours(7)), due);
        Assert.True(Working(3).IsWorkingDay(new DateOnly(2026, 3, 25)));
        Assert.False(Working(3).IsWorkingDay(new DateOnly(2026, 3, 24)));
    }

    [Fact]
    public void A_weekend_does_not_count_and_a_Friday_evening_report_loses_no_day()
    {
        // Fri 10 Jul 2026, 21:00 WIB: Mon 13 is the first working day, Tue 14 the second.
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 23, 59, 59, TimeSpan.FromHours(7)), Working(2).DueAt(Wib(2026, 7, 10, 21)));
    }

    [Fact]
    public void The_day_boundary_is_the_tenants_zone_not_UTC()
    {
        // Sun 12 Jul 2026 16:30 UTC is already Monday 01:30 in Jayapura (WIT) but still Sunday 23:30 in Jakarta.
        var at = new DateTimeOffset(2026, 7, 12, 16, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 23, 59, 59, TimeSpan.FromHours(9)), Working(1, TenantTimeZones.Wit).DueAt(at));
        Assert.Equal(new DateTimeOffset(2026, 7, 13, 23, 59, 59, TimeSpan.FromHours(7)), Working(1, TenantTimeZones.Wib).DueAt(at));
    }

    [Fact]
    public void Days_left_count_working_days_and_calendar_days_stay_as_they_were()
    {
        var rule = Working(10);
        var submitted = Wib(2026, 3, 16);
        var due = rule.DueAt(submitted);
        Assert.Equal(10, rule.DaysLeft(due, submitted));
        // Over the holiday week nothing is used up: Wed 18 to Tue 24 March are all days off.
        Assert.Equal(9, rule.DaysLeft(due, Wib(2026, 3, 18)));
        Assert.Equal(9, rule.DaysLeft(due, Wib(2026, 3, 24)));
        Assert.Equal(0, rule.DaysLeft(due, due.AddHours(-1)));
        Assert.Equal(-1, rule.DaysLeft(due, due.AddDays(1)));

        var calendar = new ResponseDeadline(new DeadlineRule { Days = 30 }, TenantTimeZones.Find(null), []);
        Assert.Equal(submitted.AddDays(30), calendar.DueAt(submitted));
        Assert.Equal(1, calendar.DaysLeft(submitted.AddHours(2), submitted));
    }

    [Fact]
    public void The_national_calendar_holds_2026_and_2027_with_cuti_bersama()
    {
        Assert.Contains(National, h => h.Date == new DateOnly(2026, 8, 17) && h.Kind == TenantHoliday.National);
        Assert.Contains(National, h => h.Date == new DateOnly(2026, 12, 24) && h.Kind == TenantHoliday.CutiBersama);
        Assert.Contains(National, h => h.Date.Year == 2027);
        Assert.All(TenantCatalog.Load(null).All, t => Assert.Equal(National.Count, t.Holidays.Count));
    }
}
