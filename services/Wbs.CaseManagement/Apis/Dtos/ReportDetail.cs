namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary>What a reporter sees of own report: never staff names, internal notes or other reports.</summary>
public sealed record ReportDetail(string TrackingNumber, string Title, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt, IReadOnlyList<ReportTimelineItem> Timeline,
    IReadOnlyList<ReportMessage> Messages, IReadOnlyList<ReportEvidence> Evidence);
