using Wbs.Notification.Model;

namespace Wbs.Notification.Tests;

/// <summary>Staff e-mail is sent at least once and never twice, and a flood of them becomes one digest.</summary>
public sealed class StaffMailDeliveryTests(InfrastructureFixture infra)
{
    // The sender's own sweep is pushed out of the way: each test drives it with SendPendingAsync.
    private static readonly Dictionary<string, string?> ManualSweep = new() { ["Notification:Mail:Sweep"] = "01:00:00" };

    [Fact]
    public async Task Pending_email_left_by_a_crash_is_sent_once_even_when_the_crash_came_after_the_send()
    {
        await using var host = await NotificationHost.StartAsync(infra, ManualSweep);
        var sender = await QuietSenderAsync(host);
        var beforeSend = await AddPendingAsync(host, Events.NewTrackingNumber());
        var afterSend = await AddPendingAsync(host, Events.NewTrackingNumber());
        // The second crashed after its file was written but before "delivered" was saved.
        await host.Factory.Services.GetRequiredService<StaffMailer>()
            .SendAsync(afterSend.Id, afterSend.Recipient, afterSend.Subject!, afterSend.Body!, TestContext.Current.CancellationToken);

        await sender.SendPendingAsync(TestContext.Current.CancellationToken);
        var again = await sender.SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, again);
        var files = Directory.GetFiles(host.PickupDirectory, "*.eml").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(new[] { $"{beforeSend.Id:N}.eml", $"{afterSend.Id:N}.eml" }.Order(), files);
        var eml = await File.ReadAllTextAsync(Path.Combine(host.PickupDirectory, $"{beforeSend.Id:N}.eml"), TestContext.Current.CancellationToken);
        Assert.Contains($"Subject: [WBS] Laporan baru {beforeSend.TrackingNumber}", eml);
        Assert.Contains($"Message-Id: <{beforeSend.Id:N}@wbs>", eml, StringComparison.OrdinalIgnoreCase);
        var rows = await host.WithDbAsync(db => db.DeliveryLog.Where(d => d.Id == beforeSend.Id || d.Id == afterSend.Id).ToListAsync());
        Assert.All(rows, r => Assert.Equal(DeliveryResults.Delivered, r.Result));
    }

    [Fact]
    public async Task A_flood_of_staff_emails_is_bounded_per_mailbox_and_the_rest_goes_out_as_one_digest()
    {
        await using var host = await NotificationHost.StartAsync(infra,
            new(ManualSweep) { ["Notification:Mail:PerRecipientPerMinute"] = "2" });
        var sender = await QuietSenderAsync(host);
        var numbers = Enumerable.Range(0, 6).Select(_ => Events.NewTrackingNumber()).ToList();
        foreach (var tn in numbers)
        {
            var messageId = Guid.NewGuid();
            await host.PublishAsync(Events.Submitted(Guid.NewGuid(), tn), messageId);
            await host.WaitConsumedAsync(messageId);
        }
        Assert.Equal(2, Directory.GetFiles(host.PickupDirectory, "*.eml").Length);

        var sent = await sender.SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, sent);
        var files = Directory.GetFiles(host.PickupDirectory, "*.eml");
        Assert.Equal(3, files.Length);
        var digest = (await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(f, TestContext.Current.CancellationToken))))
            .Single(e => e.Contains("Subject: [WBS] Ringkasan 4 pemberitahuan", StringComparison.Ordinal));
        Assert.All(numbers.Skip(2), tn => Assert.Contains($"[WBS] Laporan baru {tn}", digest));
        Assert.All(numbers.Take(2), tn => Assert.DoesNotContain(tn, digest));
        var log = await host.WithDbAsync(db => db.DeliveryLog.Where(d => d.Channel == "email").ToListAsync());
        Assert.Equal(6, log.Count);
        Assert.All(log, d => Assert.Equal(DeliveryResults.Delivered, d.Result));
        Assert.Equal(4, log.Count(d => d.DigestId is not null));
    }

    /// <summary>
    /// The sender once its own run at start has ended: from then on only the test's calls claim pending mail
    /// (under load that first run came late, claimed a row the test had just added and wrote it after the test looked).
    /// </summary>
    private static async Task<StaffMailSender> QuietSenderAsync(NotificationHost host)
    {
        var sender = host.Factory.Services.GetRequiredService<StaffMailSender>();
        await Eventually.TrueAsync(() => Task.FromResult(sender.LastEndedRunStartedAt > DateTimeOffset.MinValue), what: "the mail sender's run at start");
        return sender;
    }

    private static async Task<DeliveryLogEntry> AddPendingAsync(NotificationHost host, string trackingNumber)
    {
        var entry = new DeliveryLogEntry
        {
            Id = Guid.CreateVersion7(),
            Tenant = "banjarnegara",
            TrackingNumber = trackingNumber,
            What = "received",
            Channel = "email",
            Recipient = NotificationHost.StaffAddress,
            At = DateTimeOffset.UtcNow.AddMinutes(-10),
            Result = DeliveryResults.Pending,
            Subject = $"[WBS] Laporan baru {trackingNumber}",
            Body = $"Nomor laporan / Tracking number: {trackingNumber}",
            ClaimedUntil = DateTimeOffset.UtcNow.AddMinutes(-8),
            Attempts = 1,
        };
        await host.WithDbAsync(async db =>
        {
            db.DeliveryLog.Add(entry);
            return await db.SaveChangesAsync();
        });
        return entry;
    }
}
