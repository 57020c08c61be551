using Microsoft.EntityFrameworkCore;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

public sealed class ReceivedReportTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Report_entered_from_a_letter_opens_a_case_with_its_channel_and_the_staff_member_in_the_audit()
    {
        var verifierId = Guid.NewGuid();
        var receivedAt = _host.Clock.GetUtcNow().AddDays(-3);
        var submitted = _host.ComplaintSubmittedFor(submittedAt: receivedAt) with
        {
            Channel = ReportChannels.Letter, EnteredById = verifierId, EnteredByName = "vera.verifikator",
        };
        _host.Peers.Titles[submitted.TrackingNumber] = "Surat pengaduan";
        await _host.Probe.PublishAsync(submitted);
        await _host.WaitForCaseAsync(submitted.ComplaintId);

        Assert.Equal(ReportChannels.Letter, await _host.WithDbAsync(db => db.Cases.Where(c => c.Id == submitted.ComplaintId)
            .Select(c => c.Channel).SingleAsync(Http.Ct)));
        using var admin = _host.Staff("admin");
        var detail = await (await admin.Get(Path($"cases/{submitted.TrackingNumber}"))).JsonAsync();
        Assert.Equal("letter", detail.Str("channel"));
        Assert.Equal(27, detail.GetProperty("daysLeft").GetInt32());
        var opened = (await (await admin.Get(Path($"audit?trackingNumber={submitted.TrackingNumber}"))).JsonAsync())
            .GetProperty("items").EnumerateArray().Single(i => i.Str("action") == AuditActions.CaseOpened);
        Assert.Equal("vera.verifikator", opened.Str("actor"));
        Assert.Equal(verifierId, opened.GetProperty("actorId").GetGuid());
        Assert.Equal("channel=letter", opened.Str("detail"));

        var web = await _host.SubmitAsync();
        Assert.Equal(ReportChannels.Web, await _host.WithDbAsync(db => db.Cases.Where(c => c.Id == web.ComplaintId)
            .Select(c => c.Channel).SingleAsync(Http.Ct)));
    }
}
