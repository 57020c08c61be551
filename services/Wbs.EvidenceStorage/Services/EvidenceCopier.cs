using System.Security.Cryptography;
using System.Text;

namespace Wbs.EvidenceStorage.Services;

/// <summary>
/// Copies a case's chosen evidence to the report a forwarding opened at another tenant of the platform: each file is
/// opened (hash verified) and sealed again under a fresh data key as a record of the destination, attached to its
/// report and announced with <see cref="EvidenceAttached"/> (outbox, same transaction). The source keeps its own files.
/// A copy's id is derived from the destination report and the source file, so a repeated call copies nothing twice.
/// </summary>
public sealed class EvidenceCopier(EvidenceDbContext db, EvidenceVault vault, EvidenceNames names, TimeProvider clock, ILogger<EvidenceCopier> logger)
{
    /// <returns>The destination's copies, or null when an id is not evidence of the source report (nothing is copied then).</returns>
    public async Task<IReadOnlyList<EvidenceFile>?> CopyAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds,
        string destinationTenant, Guid destinationComplaintId, string destinationTrackingNumber, CancellationToken cancellationToken)
    {
        var ids = evidenceIds.Distinct().ToArray();
        var sources = await db.Evidence.AsNoTracking()
            .Where(e => e.Tenant == tenant && e.ComplaintId == complaintId && ids.Contains(e.Id)).ToListAsync(cancellationToken);
        if (sources.Count != ids.Length)
        {
            return null;
        }
        var copyIds = sources.ToDictionary(s => s.Id, s => CopyId(destinationComplaintId, s.Id));
        var wanted = copyIds.Values.ToArray();
        var existing = await db.Evidence.AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken);
        var fresh = new List<EvidenceFile>();
        try
        {
            foreach (var source in sources.Where(s => existing.All(e => e.Id != copyIds[s.Id])))
            {
                await using var plain = await vault.OpenVerifiedAsync(source, cancellationToken);
                fresh.Add(await vault.SealAsync(copyIds[source.Id], destinationTenant, names.Open(source), source.ContentType,
                    source.MetadataRemoved, plain, cancellationToken));
            }
            if (fresh.Count > 0)
            {
                await SaveAsync(fresh, destinationTenant, destinationComplaintId, destinationTrackingNumber, cancellationToken);
            }
        }
        catch
        {
            foreach (var copy in fresh)
            {
                await vault.DeleteBlobAsync(copy);
            }
            throw;
        }
        logger.LogInformation("Copied {Count} evidence file(s) of {Tenant} to {Destination}", fresh.Count, tenant, destinationTenant);
        return [.. existing, .. fresh];
    }

    private async Task SaveAsync(List<EvidenceFile> copies, string tenant, Guid complaintId, string trackingNumber, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var copy in copies)
        {
            copy.AttachTo(complaintId, trackingNumber, now);
            db.Evidence.Add(copy);
        }
        db.AddIntegrationEvent(EvidenceEvents.Attached(tenant, complaintId, trackingNumber, copies, supplement: false, now), now);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private static Guid CopyId(Guid destinationComplaintId, Guid sourceId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"wbs-evidence-copy/{destinationComplaintId:N}/{sourceId:N}"))[..16]);
}
