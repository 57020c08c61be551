namespace Wbs.Contracts;

/// <summary>
/// A report was accepted by Intake. Ids and metadata only: the report's content stays in Intake.
/// <see cref="CodeDigest"/> is the HMAC digest of the complaint code, never the code itself.
/// </summary>
public sealed record ComplaintSubmitted
{
    public required Guid ComplaintId { get; init; }
    public required string Tenant { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Category { get; init; }
    public required string ReporterType { get; init; }
    public Guid? AccountId { get; init; }
    public IReadOnlyList<Guid> EvidenceIds { get; init; } = [];
    public required string CodeDigest { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required DateTimeOffset ResponseDueAt { get; init; }
    public bool HasSealedIdentity { get; init; }
    /// <summary>One of <see cref="ReportChannels"/>; older publishers omit it and mean the web.</summary>
    public string Channel { get; init; } = ReportChannels.Web;
    /// <summary>The staff member who entered a report received outside the web; null for the reporter's own submission.</summary>
    public Guid? EnteredById { get; init; }
    public string? EnteredByName { get; init; }
}
