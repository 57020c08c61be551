namespace Wbs.Contracts;

public sealed record CaseStatusChanged
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public Guid? ActorId { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}
