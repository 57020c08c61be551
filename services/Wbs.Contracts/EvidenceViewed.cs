namespace Wbs.Contracts;

/// <summary>A staff member downloaded an evidence file; CaseManagement records it in the audit trail.</summary>
public sealed record EvidenceViewed
{
    public required string Tenant { get; init; }
    public required Guid EvidenceId { get; init; }
    public Guid? ComplaintId { get; init; }
    public required Guid ActorId { get; init; }
    public required string ActorName { get; init; }
    public required DateTimeOffset ViewedAt { get; init; }
}
