
namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>What a tenant's anonymous uploads not yet named by any report take up.</summary>
public sealed record UnattachedUsage(int Files, long Bytes)
{
    public bool IsFull(EvidenceOptions options, long adding) =>
        Files + (adding > 0 ? 1 : 0) > options.UnattachedFilesPerTenant || Bytes + adding > options.UnattachedBytesPerTenant;

    public bool IsUnderPressure(EvidenceOptions options) =>
        Files >= options.UnattachedFilesPerTenant * options.PressureThreshold
        || Bytes >= options.UnattachedBytesPerTenant * options.PressureThreshold;

    public static async Task<UnattachedUsage> OfAsync(EvidenceDbContext db, string tenant, CancellationToken cancellationToken)
    {
        var rows = await db.Evidence
            .Where(e => e.Tenant == tenant && e.ComplaintId == null && e.ReservedFor == null)
            .GroupBy(e => 1)
            .Select(g => new { Files = g.Count(), Bytes = g.Sum(e => e.Size) })
            .ToListAsync(cancellationToken);
        return rows is [var r] ? new(r.Files, r.Bytes) : new(0, 0);
    }
}
