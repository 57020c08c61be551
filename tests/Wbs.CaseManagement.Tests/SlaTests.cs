using Microsoft.Extensions.DependencyInjection;
using Wbs.CaseManagement.Services;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

public sealed class SlaTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await StartAsync(infra, new() { ["CaseManagement:SlaReminderDays:0"] = "7", ["CaseManagement:SlaReminderDays:1"] = "3", ["CaseManagement:SlaReminderDays:2"] = "1" });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<int> ScanAsync() => _host.WithScopeAsync(sp => sp.GetRequiredService<SlaReminderScanner>().ScanAsync(Http.Ct));

    [Fact]
    public async Task Inbox_ShowsDaysLeftAndOverdueByTheClock()
    {
        var (_, trackingNumber) = await _host.SubmitAsync(responseDays: 10);
        using var admin = _host.Staff("admin");
        var item = (await (await admin.Get(Path($"cases?q={trackingNumber}"))).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(10, item.GetProperty("daysLeft").GetInt32());
        Assert.Equal("calendar", item.GetProperty("daysLeftUnit").GetString());
        Assert.False(item.GetProperty("overdue").GetBoolean());

        _host.Clock.Advance(TimeSpan.FromDays(11));
        item = (await (await admin.Get(Path($"cases?q={trackingNumber}"))).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(-1, item.GetProperty("daysLeft").GetInt32());
        Assert.True(item.GetProperty("overdue").GetBoolean());

        var detail = await (await admin.Get(Path($"cases/{trackingNumber}"))).JsonAsync();
        Assert.True(detail.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Reminders_GoOutOncePerStage_AndWhenOverdue()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync(responseDays: 10);
        List<int> DaysLeftSent() => [.. _host.Probe.Received<SlaDeadlineApproaching>().Where(r => r.ComplaintId == complaintId).Select(r => r.DaysLeft)];

        Assert.Equal(0, await ScanAsync());
        _host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)); // 7 days minus an hour left
        Assert.Equal(1, await ScanAsync());
        Assert.Equal(0, await ScanAsync());
        await Eventually.TrueAsync(() => Task.FromResult(DaysLeftSent().Count == 1));
        Assert.Equal([7], DaysLeftSent());

        _host.Clock.Advance(TimeSpan.FromDays(5)); // 2 days left: the 3-day stage
        Assert.Equal(1, await ScanAsync());
        _host.Clock.Advance(TimeSpan.FromDays(3)); // past the deadline
        Assert.Equal(1, await ScanAsync());
        Assert.Equal(0, await ScanAsync());
        await Eventually.TrueAsync(() => Task.FromResult(DaysLeftSent().Count == 3));
        // The broker does not promise delivery order to a consumer: compare the reminders, not their order.
        Assert.Equal([-1, 2, 7], DaysLeftSent().Order());
        Assert.Equal(3, await _host.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.SlaReminders, r => r.CaseId == complaintId, Http.Ct)));
    }

    [Fact]
    public async Task Reminders_ScannedByTwoInstancesAtOnce_GoOutOnce()
    {
        var (complaintId, _) = await _host.SubmitAsync(responseDays: 2);
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ScanAsync()));
        Assert.Equal(1, sent.Sum());
        await Eventually.TrueAsync(() => Task.FromResult(_host.Probe.Received<SlaDeadlineApproaching>().Any(r => r.ComplaintId == complaintId)));
    }

    [Fact]
    public async Task ClosedCases_GetNoReminders()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync(responseDays: 2);
        await _host.MoveToAsync(trackingNumber, CaseStatus.Rejected);
        _host.Clock.Advance(TimeSpan.FromDays(5));
        await ScanAsync();
        Assert.DoesNotContain(_host.Probe.Received<SlaDeadlineApproaching>(), r => r.ComplaintId == complaintId);
    }
}
