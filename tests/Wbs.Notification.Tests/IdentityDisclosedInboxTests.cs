namespace Wbs.Notification.Tests;

public sealed class IdentityDisclosedInboxTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private NotificationHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await NotificationHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task IdentityDisclosed_TellsTheReporterOnce_WithoutNamingAnyone()
    {
        var complaintId = Guid.NewGuid();
        var tn = Events.NewTrackingNumber();
        var messageId = Guid.NewGuid();
        var evt = new IdentityDisclosed { Tenant = "banjarnegara", ComplaintId = complaintId, TrackingNumber = tn, DisclosedAt = DateTimeOffset.UtcNow };

        await _host.PublishAsync(evt, messageId);
        await _host.PublishAsync(evt, messageId);
        await _host.WaitConsumedAsync(messageId, times: 2);

        var item = Assert.Single((await _host.ListAsync(_host.CodeToken(complaintId, tn))).Items);
        Assert.Equal("identity_disclosed", item.Kind);
        Assert.Equal($"Identitas Anda pada laporan {tn} telah dibuka kepada petugas yang menanganinya, dengan persetujuan kustodian identitas. " +
            "Alasannya tercantum di riwayat laporan.", item.Text);
    }
}
