namespace Wbs.Identity.Model;

/// <summary>
/// What Identity knows of a report (from <c>ComplaintSubmitted</c>): enough to turn a complaint code
/// into a code token and to link the report to one account. The code itself is never stored.
/// </summary>
public sealed class Report
{
    public Guid ComplaintId { get; init; }
    public required string Tenant { get; init; }
    public required string TrackingNumber { get; init; }
    public required string CodeDigest { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public Guid? AccountId { get; set; }
    public DateTimeOffset? LinkedAt { get; set; }
}
