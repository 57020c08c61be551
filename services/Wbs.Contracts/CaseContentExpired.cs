namespace Wbs.Contracts;

/// <summary>
/// A closed or rejected case passed its tenant's retention period: every service destroys what it
/// holds of the report's content, evidence and sealed identity (crypto-shredding: the wrapped data
/// keys and blobs are deleted). The case's metadata stays for statistics.
/// </summary>
public sealed record CaseContentExpired
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public IReadOnlyList<Guid> EvidenceIds { get; init; } = [];
    public required DateTimeOffset ExpiredAt { get; init; }
}
