using MassTransit;

namespace Wbs.Intake.Consumers;

/// <summary>
/// Crypto-shredding of a report past retention: each sealed value carries its own wrapped data key,
/// so clearing the columns destroys the keys with them. The row (tracking number, category, dates)
/// stays, and so does the code digest: the reporter still sees that the report existed and ended.
/// </summary>
public sealed class CaseContentExpiredConsumer(IntakeDbContext db, TimeProvider clock, ILogger<CaseContentExpiredConsumer> logger)
    : IConsumer<CaseContentExpired>
{
    public async Task Consume(ConsumeContext<CaseContentExpired> context)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var message = context.Message;
        var complaint = await db.Complaints.FirstOrDefaultAsync(
            c => c.Id == message.ComplaintId && c.Tenant == message.Tenant, context.CancellationToken);
        if (complaint is { SealedContent: not null })
        {
            complaint.SealedContent = null;
            complaint.SealedIdentity = null;
            complaint.SealedTitle = null;
            complaint.TitleTokens = null;
            // Written even when read as null: the title-index backfill may have filled them since.
            db.Entry(complaint).Property(c => c.SealedTitle).IsModified = true;
            db.Entry(complaint).Property(c => c.TitleTokens).IsModified = true;
            complaint.ContentDestroyedAt = now;
            logger.LogInformation("Content of {TrackingNumber} ({Tenant}) destroyed after retention", complaint.TrackingNumber, complaint.Tenant);
        }
        // Stored idempotent answers hold only the code and tracking number, and lapse within a day anyway.
        await db.SaveChangesAsync(context.CancellationToken);
        await tx.CommitAsync(context.CancellationToken);
    }
}
