namespace Wbs.Notification.Tests;

public sealed class ReporterInboxTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private NotificationHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await NotificationHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task CaseStatusChanged_DeliveredTwiceWithSameMessageId_CreatesOneInboxEntry()
    {
        var complaintId = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();
        var messageId = Guid.NewGuid();
        var evt = Events.StatusChanged(complaintId, tn);

        await _host.PublishAsync(evt, messageId);
        await _host.PublishAsync(evt, messageId);
        await _host.WaitConsumedAsync(messageId, times: 2);

        var entries = await _host.WithDbAsync(db => db.Notifications.Where(n => n.ComplaintId == complaintId).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal($"Status laporan {tn} berubah menjadi Diverifikasi.", entry.Text);
        var inboxLog = await _host.WithDbAsync(db => db.DeliveryLog.CountAsync(d => d.TrackingNumber == tn && d.Recipient == "reporter-inbox"));
        Assert.Equal(1, inboxLog);
    }

    [Fact]
    public async Task CodeToken_ListsItsComplaintsNotifications_AndAnotherComplaintsTokenDoesNot()
    {
        var mine = Guid.NewGuid();
        var mineTn = Events.NewTrackingNumber();
        var other = Guid.NewGuid();
        var otherTn = Events.NewTrackingNumber();
        var messageId = Guid.NewGuid();
        await _host.PublishAsync(Events.StatusChanged(mine, mineTn, "needs_information"), messageId);
        await _host.WaitConsumedAsync(messageId);

        var own = await _host.ListAsync(_host.CodeToken(mine, mineTn));
        var foreign = await _host.ListAsync(_host.CodeToken(other, otherTn));

        var item = Assert.Single(own.Items);
        Assert.Equal(mineTn, item.TrackingNumber);
        Assert.Equal("status_changed", item.Kind);
        Assert.Contains("Perlu Dilengkapi", item.Text);
        Assert.False(item.Read);
        Assert.Equal(1, own.Unread);
        Assert.Empty(foreign.Items);
        Assert.Equal(0, foreign.Unread);
    }

    [Fact]
    public async Task AccountToken_SeesItsSubmittedAndLaterLinkedComplaints_Only()
    {
        var account = Guid.NewGuid();
        var first = Guid.NewGuid();
        var firstTn = Events.NewTrackingNumber();
        var second = Guid.NewGuid();
        var secondTn = Events.NewTrackingNumber();
        var stranger = Guid.NewGuid();
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        await _host.PublishAsync(Events.Submitted(first, firstTn, account), ids[0]);
        await _host.PublishAsync(Events.StatusChanged(second, secondTn), ids[1]);
        await _host.PublishAsync(Events.StatusChanged(stranger, Events.NewTrackingNumber()), ids[2]);
        await _host.PublishAsync(new ReporterAccountLinked
        {
            Tenant = "banjarnegara", AccountId = account, ComplaintId = second, TrackingNumber = secondTn, LinkedAt = DateTimeOffset.UtcNow,
        }, ids[3]);
        foreach (var id in ids)
        {
            await _host.WaitConsumedAsync(id);
        }

        var list = await _host.ListAsync(_host.AccountToken(account));

        Assert.Equal([firstTn, secondTn], list.Items.Select(i => i.TrackingNumber).Order());
        Assert.Contains(list.Items, i => i.Kind == "received" && i.Text.StartsWith($"Laporan {firstTn} telah kami terima."));
        Assert.Empty((await _host.ListAsync(_host.AccountToken(Guid.NewGuid()))).Items);
    }

    [Fact]
    public async Task MarkRead_OwnNotification_204_AnotherComplaintsToken_404()
    {
        var complaintId = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();
        var messageId = Guid.NewGuid();
        await _host.PublishAsync(Events.StatusChanged(complaintId, tn), messageId);
        await _host.WaitConsumedAsync(messageId);
        var token = _host.CodeToken(complaintId, tn);
        var id = Assert.Single((await _host.ListAsync(token)).Items).Id;
        var ct = TestContext.Current.CancellationToken;

        using var foreignRequest = _host.Request(HttpMethod.Post, $"/api/banjarnegara/notifications/{id}/read", _host.CodeToken(Guid.NewGuid(), "WBS-2026-999999"));
        using var foreign = await _host.Client.SendAsync(foreignRequest, ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
        Assert.False(Assert.Single((await _host.ListAsync(token)).Items).Read);

        using var ownRequest = _host.Request(HttpMethod.Post, $"/api/banjarnegara/notifications/{id}/read", token);
        using var own = await _host.Client.SendAsync(ownRequest, ct);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        var after = await _host.ListAsync(token);
        Assert.True(Assert.Single(after.Items).Read);
        Assert.Equal(0, after.Unread);
    }

    [Fact]
    public async Task Notifications_RefuseMissingStaffForeignTenantTokens_AndUnknownTenant()
    {
        var ct = TestContext.Current.CancellationToken;
        var complaintId = Guid.NewGuid();
        var staff = _host.Tokens.Issue("banjarnegara", "staff", Guid.NewGuid(), roles: ["admin"], name: "admin");

        using var anonymous = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/banjarnegara/notifications", null), ct);
        using var staffAnswer = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/banjarnegara/notifications", staff), ct);
        using var otherTenant = await _host.Client.SendAsync(
            _host.Request(HttpMethod.Get, "/api/komdigi/notifications", _host.CodeToken(complaintId, "WBS-2026-000001")), ct);
        using var unknown = await _host.Client.SendAsync(
            _host.Request(HttpMethod.Get, "/api/atlantis/notifications", _host.CodeToken(complaintId, "WBS-2026-000001", "atlantis")), ct);
        using var unknownWithoutToken = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, "/api/atlantis/notifications", null), ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // An unknown tenant is 404 before authentication could ask for a token.
        Assert.Equal(HttpStatusCode.NotFound, unknownWithoutToken.StatusCode);
        Assert.Equal("application/problem+json", unknownWithoutToken.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", otherTenant.Content.Headers.ContentType?.MediaType);
    }
}
