namespace Wbs.Contracts;

/// <summary>A message was posted on a case. The body never crosses the broker.</summary>
public sealed record CaseMessagePosted
{
    public required string Tenant { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required Guid MessageId { get; init; }
    /// <summary><c>reporter</c> or <c>staff</c>.</summary>
    public required string From { get; init; }
    public Guid? AccountId { get; init; }
    public required DateTimeOffset PostedAt { get; init; }
}
