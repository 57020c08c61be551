namespace Wbs.CaseManagement.Infrastructure;

/// <summary>A report's content as Intake serves it on its internal endpoint. Never stored here.</summary>
public sealed record ComplaintContent
{
    public Guid ComplaintId { get; init; }
    public string TrackingNumber { get; init; } = "";
    public string? Category { get; init; }
    public string? ReporterType { get; init; }
    public string Title { get; init; } = "";
    public string? What { get; init; }
    public string? Where { get; init; }
    public string? When { get; init; }
    public string? Who { get; init; }
    public string? How { get; init; }
    public Completeness? Completeness { get; init; }
    public bool HasSealedIdentity { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset ResponseDueAt { get; init; }
}
