namespace Wbs.Contracts;

/// <summary>A reporter account now follows a report (code-first or by linking a code later).</summary>
public sealed record ReporterAccountLinked
{
    public required string Tenant { get; init; }
    public required Guid AccountId { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string TrackingNumber { get; init; }
    public required DateTimeOffset LinkedAt { get; init; }
}
