using Microsoft.Extensions.Options;

namespace Wbs.Notification.Services;

/// <summary>
/// The unit of work of a consumer: inbox entries, staff e-mails and their delivery log. An e-mail is
/// saved as "pending" (with its text) together with the state, then sent at once unless its mailbox
/// already got its share this minute; what is not sent here, or fails, <see cref="StaffMailSender"/>
/// sends later (alone or in a digest). A redelivered message never mails twice.
/// </summary>
public sealed class NotificationWriter(NotificationDbContext db, StaffMailer mailer, IOptions<NotificationOptions> options,
    IOptions<StaffMailOptions> mailOptions, TenantCatalog tenants, TimeProvider clock)
{
    private readonly List<StaffMail> _mails = [];

    public async Task<TrackedComplaint> TrackAsync(string tenant, Guid complaintId, string trackingNumber, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.ComplaintId == complaintId, cancellationToken);
        if (complaint is null)
        {
            complaint = new TrackedComplaint { Tenant = tenant, ComplaintId = complaintId, TrackingNumber = trackingNumber };
            db.Complaints.Add(complaint);
        }
        return complaint;
    }

    public void NotifyReporter(TrackedComplaint complaint, string kind, string text)
    {
        var now = clock.GetUtcNow();
        db.Notifications.Add(new ReporterNotification
        {
            Id = Guid.CreateVersion7(now),
            Tenant = complaint.Tenant,
            ComplaintId = complaint.ComplaintId,
            AccountId = complaint.AccountId,
            TrackingNumber = complaint.TrackingNumber,
            Kind = kind,
            Text = text,
            CreatedAt = now,
        });
        db.DeliveryLog.Add(LogEntry(complaint, kind, "inbox", DeliveryLogEntry.ReporterInbox, DeliveryResults.Delivered));
    }

    /// <summary>The words of the tenant's staff e-mails, in the language the agency chose.</summary>
    public StaffMailText StaffText(string tenant) => StaffMailText.For(tenants.Find(tenant));

    public void MailStaff(TrackedComplaint complaint, string kind, string subject, params string[] extraLines)
    {
        var settings = options.Value;
        if (settings.StaffAddressFor(complaint.Tenant) is not { Length: > 0 } to)
        {
            db.DeliveryLog.Add(LogEntry(complaint, kind, "email", "-", DeliveryResults.NoRecipient));
            return;
        }
        var body = string.Join("\r\n", StaffText(complaint.Tenant).Body(complaint.TrackingNumber, complaint.Status,
            settings.CaseLink(complaint.Tenant, complaint.TrackingNumber), extraLines));
        var entry = LogEntry(complaint, kind, "email", to, DeliveryResults.Pending);
        entry.Subject = subject;
        entry.Body = body;
        // Held by this consumer while it sends; a crash before the result is saved frees it after the lease.
        entry.ClaimedUntil = clock.GetUtcNow() + mailOptions.Value.Lease;
        entry.Attempts = 1;
        db.DeliveryLog.Add(entry);
        _mails.Add(new StaffMail(entry, to, subject, body));
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        // Each mailbox's share this minute is looked up before saving, so an e-mail over it is saved once, unclaimed,
        // for StaffMailSender's digest; only one sent here needs a second write, for its result.
        var sendNow = new List<StaffMail>(_mails.Count);
        foreach (var mail in _mails)
        {
            if (await SentLastMinuteAsync(mail.To, cancellationToken) + sendNow.Count(m => m.To == mail.To) >= mailOptions.Value.PerRecipientPerMinute)
            {
                // Never tried, so StaffMailSender may merge it into a digest.
                mail.Entry.ClaimedUntil = null;
                mail.Entry.Attempts = 0;
            }
            else
            {
                sendNow.Add(mail);
            }
        }
        _mails.Clear();
        await db.SaveChangesAsync(cancellationToken);
        if (sendNow.Count == 0)
        {
            return;
        }
        foreach (var mail in sendNow)
        {
            var result = await mailer.SendAsync(mail.Entry.Id, mail.To, mail.Subject, mail.Body, cancellationToken);
            mail.Entry.ClaimedUntil = null;
            if (result == DeliveryResults.Delivered)
            {
                mail.Entry.Result = result;
                mail.Entry.At = clock.GetUtcNow();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// E-mails delivered to <paramref name="to"/> in the last minute, counted up to the share only: a flood of reports
    /// puts thousands of digested entries in that minute, and counting them all made every report's e-mail slower.
    /// </summary>
    private Task<int> SentLastMinuteAsync(string to, CancellationToken cancellationToken)
    {
        var minuteAgo = clock.GetUtcNow().AddMinutes(-1);
        return db.DeliveryLog
            .Where(d => d.Channel == "email" && d.Recipient == to && d.Result == DeliveryResults.Delivered && d.At > minuteAgo)
            .Take(mailOptions.Value.PerRecipientPerMinute)
            .CountAsync(cancellationToken);
    }

    private DeliveryLogEntry LogEntry(TrackedComplaint complaint, string what, string channel, string recipient, string result) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()),
        Tenant = complaint.Tenant,
        TrackingNumber = complaint.TrackingNumber,
        What = what,
        Channel = channel,
        Recipient = recipient,
        At = clock.GetUtcNow(),
        Result = result,
    };
}
