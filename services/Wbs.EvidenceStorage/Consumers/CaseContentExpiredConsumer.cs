using MassTransit;

namespace Wbs.EvidenceStorage.Consumers;

/// <summary>
/// Crypto-shredding of a case's evidence past retention: each file's row holds its only wrapped data
/// key, so deleting the row makes the blob unreadable, and the blob is deleted too. Blobs go first:
/// if the row delete then fails, the redelivered message finds the rows again and finishes the job.
/// </summary>
public sealed class CaseContentExpiredConsumer(EvidenceDbContext db, IBlobStore blobs, ILogger<CaseContentExpiredConsumer> logger) : IConsumer<CaseContentExpired>
{
    public async Task Consume(ConsumeContext<CaseContentExpired> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = message.EvidenceIds.ToList();
        var files = await db.Evidence
            .Where(e => e.Tenant == message.Tenant && (e.ComplaintId == message.ComplaintId || ids.Contains(e.Id)))
            .ToListAsync(ct);
        foreach (var file in files)
        {
            await blobs.DeleteAsync(file.BlobKey, ct);
        }
        db.Evidence.RemoveRange(files);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Retention destroyed {Count} evidence files of {TrackingNumber} ({Tenant})", files.Count,
            message.TrackingNumber, message.Tenant);
    }
}
