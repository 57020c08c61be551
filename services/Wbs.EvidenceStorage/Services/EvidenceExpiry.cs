using Microsoft.Extensions.Options;

namespace Wbs.EvidenceStorage.Services;

/// <summary>
/// Deletes uploads that were never attached to a report once they are older than the configured
/// lifetime (shorter for a tenant whose budget is under pressure). Uploads reserved by an accepted
/// report are kept until the reservation lifetime has passed. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several instances sweep
/// side by side without deleting the same file twice or racing an attach. The blob goes first:
/// if the row delete then fails, the next sweep finds the row again and finishes the job.
/// </summary>
public sealed class EvidenceExpiry(EvidenceDbContext db, IBlobStore blobs, TimeProvider clock, IOptions<EvidenceOptions> options, ILogger<EvidenceExpiry> logger)
{
    private const int BatchSize = 100;

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var total = await DeleteAsync(null, now - options.Value.UnattachedLifetime, now - options.Value.ReservationLifetime, cancellationToken);
        var tenants = await db.Evidence.Where(e => e.ComplaintId == null && e.ReservedFor == null)
            .Select(e => e.Tenant).Distinct().ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            if ((await UnattachedUsage.OfAsync(db, tenant, cancellationToken)).IsUnderPressure(options.Value))
            {
                total += await DeleteAsync(tenant, now - options.Value.PressureLifetime, now - options.Value.ReservationLifetime, cancellationToken);
            }
        }
        return total;
    }

    private async Task<int> DeleteAsync(string? tenant, DateTimeOffset cutoff, DateTimeOffset reservationCutoff, CancellationToken cancellationToken)
    {
        var only = tenant ?? "";
        var total = 0;
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var expired = await db.Evidence
                .FromSql($"""
                    SELECT * FROM evidence_files
                    WHERE complaint_id IS NULL AND created_at < {cutoff} AND ({only} = '' OR tenant = {only})
                      AND (reserved_for IS NULL OR reserved_at < {reservationCutoff})
                    ORDER BY created_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                    """)
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
