using MassTransit;

namespace Wbs.Identity.Consumers;

/// <summary>
/// Remembers each new report's code digest (so its complaint code can open a code session) and,
/// when it was submitted with an account token, links it to that account.
/// </summary>
public sealed class ComplaintSubmittedConsumer(IdentityDbContext db, TimeProvider clock, ILogger<ComplaintSubmittedConsumer> logger)
    : IConsumer<ComplaintSubmitted>
{
    public async Task Consume(ConsumeContext<ComplaintSubmitted> context)
    {
        var message = context.Message;
        var now = clock.GetUtcNow();
        if (!await db.TryStartHandlingAsync(context, nameof(ComplaintSubmittedConsumer), now)
            || await db.Reports.AnyAsync(r => r.ComplaintId == message.ComplaintId, context.CancellationToken))
        {
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        var accountId = message.AccountId;
        if (accountId is { } id && !await db.Accounts.AnyAsync(a => a.Id == id && a.Tenant == message.Tenant, context.CancellationToken))
        {
            logger.LogWarning("Report {TrackingNumber} names an unknown account; it is recorded without a link", message.TrackingNumber);
            accountId = null;
        }

        db.Reports.Add(new Report
        {
            ComplaintId = message.ComplaintId,
            Tenant = message.Tenant,
            TrackingNumber = message.TrackingNumber,
            CodeDigest = message.CodeDigest,
            SubmittedAt = message.SubmittedAt,
            AccountId = accountId,
            LinkedAt = accountId is null ? null : now,
        });
        if (accountId is { } linked)
        {
            // CaseManagement learns every link the same way, whether made here or later by code.
            db.AddIntegrationEvent(new ReporterAccountLinked
            {
                Tenant = message.Tenant,
                AccountId = linked,
                ComplaintId = message.ComplaintId,
                TrackingNumber = message.TrackingNumber,
                LinkedAt = now,
            }, now);
        }
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Recorded report {TrackingNumber} of {Tenant}", message.TrackingNumber, message.Tenant);
    }
}
