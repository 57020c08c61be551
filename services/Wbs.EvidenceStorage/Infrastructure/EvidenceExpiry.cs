using Microsoft.Extensions.Options;
using Wbs.EvidenceStorage.Extensions;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Deletes uploads that were never attached to a report once they are older than the configured
/// lifetime. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several instances sweep
/// side by side without deleting the same file twice or racing an attach. The blob goes first:
/// if the row delete then fails, the next sweep finds the row again and finishes the job.
/// </summary>
public sealed class EvidenceExpiry(EvidenceDbContext db, IBlobStore blobs, TimeProvider clock, IOptions<EvidenceOptions> options, ILogger<EvidenceExpiry> logger)
{
    private const int BatchSize = 100;

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.UnattachedLifetime;
        var total = 0;
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var expired = await db.Evidence
                .FromSql($"SELECT * FROM evidence_files WHERE complaint_id IS NULL AND created_at < {cutoff} ORDER BY created_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                break;
            }
            foreach (var file in expired)
            {
                await blobs.DeleteAsync(file.BlobKey, cancellationToken);
            }
            db.Evidence.RemoveRange(expired);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += expired.Count;
        }
        if (total > 0)
        {
            logger.LogInformation("Deleted {Count} unattached evidence uploads older than {Cutoff}", total, cutoff);
        }
        return total;
    }
}
