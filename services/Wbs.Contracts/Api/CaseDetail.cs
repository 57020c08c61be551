namespace Wbs.Contracts.Api;

public sealed record CaseDetail
{
    public required string TrackingNumber { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string ReporterType { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required IReadOnlyList<string> AllowedTransitions { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset ResponseDueAt { get; init; }
    public int DaysLeft { get; init; }
    /// <summary>The unit of <see cref="DaysLeft"/>: <c>calendar</c> or <c>working</c> days, as the tenant counts its deadline.</summary>
    public string DaysLeftUnit { get; init; } = DeadlineRule.Calendar;
    public bool Overdue { get; init; }
    public DateTimeOffset? FirstResponseAt { get; init; }
    public Assignee? Assignee { get; init; }
    public ReportContent? Report { get; init; }
    public Completeness? Completeness { get; init; }
    public bool HasSealedIdentity { get; init; }
    /// <summary>How the report came: <c>web</c>, <c>letter</c>, <c>phone</c>, <c>email</c> or <c>walk_in</c>.</summary>
    public string Channel { get; init; } = ReportChannels.Web;
    public required IReadOnlyList<CaseEvidenceItem> Evidence { get; init; }
    public required IReadOnlyList<CaseTimelineItem> Timeline { get; init; }
    public required IReadOnlyList<CaseMessageItem> Messages { get; init; }
}
