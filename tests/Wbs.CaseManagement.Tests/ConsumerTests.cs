using Microsoft.EntityFrameworkCore;

namespace Wbs.CaseManagement.Tests;

public sealed class ConsumerTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await CaseManagementHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task ComplaintSubmitted_OpensOneReceivedCaseWithThankYouEntry()
    {
        var submitted = _host.ComplaintSubmittedFor();
        await _host.Probe.PublishAsync(submitted);
        await _host.WaitForCaseAsync(submitted.ComplaintId);

        var opened = await _host.WithDbAsync(db => db.Cases.Include(c => c.Timeline).SingleAsync(c => c.Id == submitted.ComplaintId));
        Assert.Equal(CaseStatus.Received, opened.Status);
        Assert.Equal(submitted.TrackingNumber, opened.TrackingNumber);
        Assert.Equal(submitted.ResponseDueAt, opened.ResponseDueAt, TimeSpan.FromMilliseconds(1));
        var entry = Assert.Single(opened.Timeline);
        Assert.Equal(TimelineKind.Received, entry.Kind);
        Assert.False(entry.Internal);

        _host.Peers.Titles[submitted.TrackingNumber] = "Judul";
        using var reporter = _host.Code(submitted.ComplaintId, submitted.TrackingNumber);
        var detail = await (await reporter.Get(CaseManagementHost.Path($"reports/{submitted.TrackingNumber}"))).JsonAsync();
        var thankYou = Assert.Single(detail.GetProperty("timeline").EnumerateArray());
        Assert.StartsWith("Terima kasih", thankYou.Str("message"));
        Assert.Equal("Diterima", thankYou.Str("statusLabel"));
    }

    [Fact]
    public async Task ComplaintSubmitted_DeliveredTwiceWithSameMessageId_OpensOneCase()
    {
        var submitted = _host.ComplaintSubmittedFor();
        var messageId = Guid.NewGuid();
        await _host.Probe.PublishAsync(submitted, messageId);
        await _host.Probe.PublishAsync(submitted, messageId);
        await _host.WaitConsumedAsync(messageId, times: 2);

        Assert.Equal(1, await _host.WithDbAsync(db => db.Cases.CountAsync(c => c.TrackingNumber == submitted.TrackingNumber)));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Timeline.CountAsync(t => t.CaseId == submitted.ComplaintId)));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Audit.CountAsync(a => a.TrackingNumber == submitted.TrackingNumber)));
        Assert.Equal(1, await _host.WithDbAsync(db =>
            db.Set<Wbs.ServiceDefaults.Messaging.InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    // Appending to the audit trail has no natural guard (unlike opening a case): only the inbox keeps a
    // redelivered message from writing a second entry, so this fails when the inbox is taken away.
    [Fact]
    public async Task EvidenceViewed_DeliveredTwiceWithSameMessageId_AuditsOnce()
    {
        var viewed = new EvidenceViewed
        {
            Tenant = CaseManagementHost.Tenant, EvidenceId = Guid.NewGuid(), ActorId = Guid.NewGuid(), ActorName = "penyidik",
            ViewedAt = DateTimeOffset.UtcNow,
        };
        var messageId = Guid.NewGuid();
        await _host.Probe.PublishAsync(viewed, messageId);
        await _host.Probe.PublishAsync(viewed, messageId);
        await _host.WaitConsumedAsync(messageId, times: 2);

        Assert.Equal(1, await _host.WithDbAsync(db => db.Audit.CountAsync(a =>
            a.Action == "evidence.viewed" && a.Detail == $"evidence {viewed.EvidenceId}")));
    }

    [Fact]
    public async Task ReporterAccountLinked_LetsTheAccountListTheReport()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync("Dana hibah fiktif");
        var accountId = Guid.NewGuid();
        await _host.Probe.PublishAsync(new ReporterAccountLinked
        {
            Tenant = CaseManagementHost.Tenant, AccountId = accountId, ComplaintId = complaintId, TrackingNumber = trackingNumber,
            LinkedAt = DateTimeOffset.UtcNow,
        });
        await Eventually.TrueAsync(() => _host.WithDbAsync(db => db.Cases.AnyAsync(c => c.Id == complaintId && c.AccountId == accountId)));

        using var account = _host.Account(accountId);
        var list = await (await account.Get(CaseManagementHost.Path("reports"))).JsonAsync();
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(trackingNumber, item.Str("trackingNumber"));
        Assert.Equal("Dana hibah fiktif", item.Str("title"));
    }

    [Fact]
    public async Task EvidenceAttached_ListsEvidenceAndSupplementsAppearInTheTimeline()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        var first = Guid.NewGuid();
        var extra = Guid.NewGuid();
        _host.Peers.EvidenceNames[first] = "kuitansi.pdf";
        _host.Peers.EvidenceNames[extra] = "foto.jpg";
        await _host.Probe.PublishAsync(new EvidenceAttached
        {
            Tenant = CaseManagementHost.Tenant, ComplaintId = complaintId, TrackingNumber = trackingNumber,
            Files = [new AttachedEvidence(first, 1234)], Supplement = false, AttachedAt = DateTimeOffset.UtcNow,
        });
        await _host.Probe.PublishAsync(new EvidenceAttached
        {
            Tenant = CaseManagementHost.Tenant, ComplaintId = complaintId, TrackingNumber = trackingNumber,
            Files = [new AttachedEvidence(extra, 999)], Supplement = true, AttachedAt = DateTimeOffset.UtcNow.AddSeconds(1),
        });
        await Eventually.TrueAsync(() => _host.WithDbAsync(db => db.Evidence.CountAsync(e => e.ComplaintId == complaintId).ContinueWith(t => t.Result == 2)));
        await Eventually.TrueAsync(() => _host.WithDbAsync(db => db.Timeline.AnyAsync(t => t.CaseId == complaintId && t.Kind == TimelineKind.Evidence)));

        using var reporter = _host.Code(complaintId, trackingNumber);
        var detail = await (await reporter.Get(CaseManagementHost.Path($"reports/{trackingNumber}"))).JsonAsync();
        var evidence = detail.GetProperty("evidence").EnumerateArray().Select(e => e.Str("fileName")).ToList();
        Assert.Equal(["kuitansi.pdf", "foto.jpg"], evidence);
        var timeline = detail.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(2, timeline.Count);
        Assert.Contains("Bukti tambahan", timeline[1].Str("message"));

        // EvidenceStorage alone holds the names: while it does not answer, the report still opens, its files unnamed.
        _host.Peers.EvidenceNamesAvailable = false;
        var without = await (await reporter.Get(CaseManagementHost.Path($"reports/{trackingNumber}"))).JsonAsync();
        Assert.All(without.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(Wbs.CaseManagement.Infrastructure.EvidenceFileNames.Unavailable, e.Str("fileName")));
    }

    [Fact]
    public async Task EvidenceViewed_WritesAnAuditEntry()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        var actor = Guid.NewGuid();
        await _host.Probe.PublishAsync(new EvidenceViewed
        {
            Tenant = CaseManagementHost.Tenant, EvidenceId = Guid.NewGuid(), ComplaintId = complaintId, ActorId = actor,
            ActorName = "verifikator1", ViewedAt = DateTimeOffset.UtcNow,
        });
        await Eventually.TrueAsync(() => _host.WithDbAsync(db =>
            db.Audit.AnyAsync(a => a.Action == AuditActions.EvidenceViewed && a.ActorId == actor && a.TrackingNumber == trackingNumber)));
    }
}
