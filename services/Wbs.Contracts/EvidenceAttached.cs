namespace Wbs.Contracts;

/// <summary>Evidence files now belong to a report (at submission or as a supplement).</summary>
public sealed record EvidenceAttached
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required IReadOnlyList<AttachedEvidence> Files { get; init; }
    public required bool Supplement { get; init; }
    public required DateTimeOffset AttachedAt { get; init; }
}

/// <summary>No file name: names are sealed in EvidenceStorage and never cross the broker (CaseManagement asks for them).</summary>
public sealed record AttachedEvidence(Guid EvidenceId, long Size);
