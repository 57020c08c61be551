namespace Wbs.Contracts;

public sealed record CaseAssigned
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required Guid AssigneeId { get; init; }
    public Guid? AssignedBy { get; init; }
    public required DateTimeOffset AssignedAt { get; init; }
}
