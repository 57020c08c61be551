namespace Wbs.Contracts;

/// <summary>A reporter asked to add evidence to an existing report; EvidenceStorage attaches the files.</summary>
public sealed record SupplementaryEvidenceSubmitted
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required IReadOnlyList<Guid> EvidenceIds { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
}
