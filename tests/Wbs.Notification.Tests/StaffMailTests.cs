namespace Wbs.Notification.Tests;

public sealed class StaffMailTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private NotificationHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await NotificationHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task SlaDeadlineApproaching_WritesEmlToPickupDirectory_WithTrackingNumberAndLinkOnly()
    {
        var complaintId = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();
        var messageId = Guid.NewGuid();

        await _host.PublishAsync(new SlaDeadlineApproaching
        {
            Tenant = "banjarnegara",
            ComplaintId = complaintId,
            TrackingNumber = tn,
            ResponseDueAt = new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero),
            DaysLeft = 3,
        }, messageId);
        await _host.WaitConsumedAsync(messageId);

        var file = Assert.Single(Directory.GetFiles(_host.PickupDirectory, "*.eml"));
        var eml = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains($"To: {NotificationHost.StaffAddress}", eml);
        Assert.Contains($"Subject: [WBS] Batas tanggapan {tn}: 3 hari lagi", eml);
        Assert.Contains($"Nomor laporan: {tn}", eml);
        Assert.DoesNotContain("Tracking number", eml);
        Assert.Contains("Status: Diterima", eml);
        Assert.Contains("5 Maret 2026", eml);
        Assert.Contains($"http://wbs.test/banjarnegara/staff/cases/{tn}", eml);
        // Only ids and metadata exist here; the complaint's internal id and any report field names stay out.
        Assert.DoesNotContain(complaintId.ToString(), eml);
        var body = eml[(eml.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 8, $"Unexpected mail body:\n{body}");

        var log = await _host.WithDbAsync(db => db.DeliveryLog.SingleAsync(d => d.TrackingNumber == tn));
        Assert.Equal(("email", NotificationHost.StaffAddress, "delivered", "deadline_approaching"), (log.Channel, log.Recipient, log.Result, log.What));
    }

    [Fact]
    public async Task ComplaintSubmitted_MailsStaffOnce_AndAcknowledgesToReporterInbox()
    {
        var complaintId = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();
        var messageId = Guid.NewGuid();
        var evt = Events.Submitted(complaintId, tn);

        await _host.PublishAsync(evt, messageId);
        await _host.PublishAsync(evt, messageId);
        await _host.WaitConsumedAsync(messageId, times: 2);

        var eml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(_host.PickupDirectory, "*.eml")), TestContext.Current.CancellationToken);
        Assert.Contains($"Subject: [WBS] Laporan baru {tn}", eml);
        var log = await _host.WithDbAsync(db => db.DeliveryLog.Where(d => d.TrackingNumber == tn).OrderBy(d => d.Channel).ToListAsync());
        Assert.Equal(["email:" + NotificationHost.StaffAddress, "inbox:reporter-inbox"], log.Select(d => $"{d.Channel}:{d.Recipient}"));
        Assert.All(log, d => Assert.Equal("delivered", d.Result));
    }

    [Fact]
    public async Task TenantWithoutStaffInbox_LogsSkippedDelivery_AndWritesNoMail()
    {
        var messageId = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();

        await _host.PublishAsync(new CaseAssigned
        {
            Tenant = "komdigi", ComplaintId = Guid.NewGuid(), TrackingNumber = tn, AssigneeId = Guid.NewGuid(), AssignedAt = DateTimeOffset.UtcNow,
        }, messageId);
        await _host.WaitConsumedAsync(messageId);

        Assert.False(Directory.Exists(_host.PickupDirectory) && Directory.GetFiles(_host.PickupDirectory).Length > 0);
        var log = await _host.WithDbAsync(db => db.DeliveryLog.SingleAsync(d => d.TrackingNumber == tn));
        Assert.Equal("skipped-no-recipient", log.Result);
    }
}
