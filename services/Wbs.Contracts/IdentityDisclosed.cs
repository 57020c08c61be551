namespace Wbs.Contracts;

/// <summary>
/// A custodian approved disclosing a reporter's sealed identity. Neither the reason nor who asked
/// crosses the broker: the reporter reads the reason in the report's timeline.
/// </summary>
public sealed record IdentityDisclosed
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public Guid? AccountId { get; init; }
    public required DateTimeOffset DisclosedAt { get; init; }
}
