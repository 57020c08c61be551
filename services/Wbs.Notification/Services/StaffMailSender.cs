using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.Notification.Services;

/// <summary>
/// Sends the staff e-mails still pending: those over a mailbox's rate, those whose send failed and
/// those a crash left behind. E-mails are claimed with a lease, so two instances never send one
/// together; several waiting for one mailbox go out as one digest, whose id is persisted before
/// sending so that a retry repeats the same digest (same Message-ID) instead of mailing twice.
/// </summary>
public sealed class StaffMailSender(IServiceScopeFactory scopes, StaffMailer mailer, IOptions<NotificationOptions> options,
    IOptions<StaffMailOptions> mailOptions, TenantCatalog tenants, TimeProvider clock, ILogger<StaffMailSender> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => mailOptions.Value.Sweep;

    protected override async Task RunAsync(CancellationToken cancellationToken) => await SendPendingAsync(cancellationToken);

    /// <summary>Claims and sends what is pending; answers how many e-mails went out (a digest counts once).</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var settings = mailOptions.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var now = Clock.GetUtcNow();
        var until = now + settings.Lease;
        var rows = await db.DeliveryLog.FromSql($"""
                UPDATE delivery_log SET claimed_until = {until}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM delivery_log
                    WHERE result = 'pending' AND channel = 'email' AND (claimed_until IS NULL OR claimed_until < {now})
                    ORDER BY at LIMIT {settings.MaxPerDigest * 5}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);

        // A digest already formed is repeated as it was; an e-mail tried before (it may have gone out
        // before a crash) is repeated alone under its own marker; only never-tried ones are merged.
        var sent = 0;
        foreach (var digest in rows.Where(r => r.DigestId is not null).GroupBy(r => r.DigestId))
        {
            sent += await SendAsync(db, [.. digest], cancellationToken) ? 1 : 0;
        }
        foreach (var retry in rows.Where(r => r.DigestId is null && r.Attempts > 1))
        {
            sent += await SendAsync(db, [retry], cancellationToken) ? 1 : 0;
        }
        foreach (var mailbox in rows.Where(r => r.DigestId is null && r.Attempts <= 1).GroupBy(r => r.Recipient))
        {
            foreach (var batch in mailbox.OrderBy(r => r.At).Chunk(settings.MaxPerDigest))
            {
                sent += await SendAsync(db, batch, cancellationToken) ? 1 : 0;
            }
        }
        return sent;
    }

    private async Task<bool> SendAsync(NotificationDbContext db, DeliveryLogEntry[] batch, CancellationToken cancellationToken)
    {
        var first = batch[0];
        // A mailbox shared by several tenants (the "default" one) gets the first one's language.
        var text = StaffMailText.For(tenants.Find(first.Tenant));
        var ids = batch.Select(r => r.Id).ToList();
        Guid marker;
        string subject, body;
        if (batch.Length == 1 && first.DigestId is null)
        {
            (marker, subject, body) = (first.Id, first.Subject ?? text.DigestSubject(1), first.Body ?? LinkLine(first));
        }
        else
        {
            marker = first.DigestId ?? Guid.CreateVersion7(Clock.GetUtcNow());
            if (first.DigestId is null)
            {
                await db.DeliveryLog.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.DigestId, marker), cancellationToken);
            }
            subject = text.DigestSubject(batch.Length);
            body = string.Join("\r\n", [text.DigestIntro(batch.Length), "", .. batch.SelectMany(r => new[] { $"- {r.Subject}", $"  {LinkLine(r)}" })]);
        }

        var result = await mailer.SendAsync(marker, first.Recipient, subject, body, cancellationToken);
        var now = Clock.GetUtcNow();
        if (result == DeliveryResults.Delivered)
        {
            await db.DeliveryLog.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Result, DeliveryResults.Delivered).SetProperty(d => d.At, now)
                .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
            return true;
        }
        var maxAttempts = mailOptions.Value.MaxAttempts;
        await db.DeliveryLog.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Result, d => d.Attempts >= maxAttempts ? DeliveryResults.Failed : DeliveryResults.Pending)
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        return false;
    }

    private string LinkLine(DeliveryLogEntry entry) =>
        StaffMailText.For(tenants.Find(entry.Tenant)).Link(options.Value.CaseLink(entry.Tenant, entry.TrackingNumber));
}
