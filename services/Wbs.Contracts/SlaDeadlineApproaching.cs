namespace Wbs.Contracts;

public sealed record SlaDeadlineApproaching
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required DateTimeOffset ResponseDueAt { get; init; }
    /// <summary>Whole days left; zero or negative once the deadline has passed.</summary>
    public required int DaysLeft { get; init; }
    public Guid? AssigneeId { get; init; }
}
