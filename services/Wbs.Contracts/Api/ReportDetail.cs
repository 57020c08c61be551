namespace Wbs.Contracts.Api;

/// <summary>
/// What a reporter sees of own report: never staff names, internal notes or other reports.
/// <see cref="ForwardedTo"/> is the destination code (<c>kpk</c>, <c>tenant:komdigi</c>…) when the report was forwarded.
/// </summary>
public sealed record ReportDetail(string TrackingNumber, string Title, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt, IReadOnlyList<ReportTimelineItem> Timeline,
    IReadOnlyList<ReportMessage> Messages, IReadOnlyList<ReportEvidence> Evidence,
    string? ForwardedTo = null, string? ForwardedToName = null);
