namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>The integration events EvidenceStorage writes to its outbox.</summary>
public static class EvidenceEvents
{
    public static EvidenceAttached Attached(string tenant, Guid complaintId, string trackingNumber, IEnumerable<EvidenceFile> files,
        bool supplement, DateTimeOffset at) => new()
    {
        Tenant = tenant,
        ComplaintId = complaintId,
        TrackingNumber = trackingNumber,
        Files = [.. files.Select(f => new AttachedEvidence(f.Id, f.Size))],
        Supplement = supplement,
        AttachedAt = at,
    };
}
