namespace Wbs.Web.Infrastructure.Api.Dtos;

// The shapes of CaseManagement's answers (API.md and CaseManagement's Apis/Dtos).

public sealed record ReportSummary(string TrackingNumber, string Title, string Status, string StatusLabel, DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt, DateTimeOffset LastUpdateAt, int UnreadMessages);

public sealed record ReportDetail(string TrackingNumber, string Title, string Status, string StatusLabel, DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt, IReadOnlyList<ReportTimelineItem> Timeline, IReadOnlyList<ReportMessage> Messages,
    IReadOnlyList<ReportEvidence> Evidence);

public sealed record ReportTimelineItem(DateTimeOffset At, string Status, string StatusLabel, string? Message);

public sealed record ReportMessage(DateTimeOffset At, string From, string Body);

public sealed record ReportEvidence(Guid EvidenceId, string FileName, long Size);

public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize, bool TotalCapped = false);

public sealed record CaseListItem(string TrackingNumber, string Title, string Category, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt, int DaysLeft, bool Overdue, Assignee? Assignee, int UnreadMessages,
    string DaysLeftUnit = "calendar");

public sealed record Assignee(Guid Id, string? Name);

public sealed record CaseDetail(string TrackingNumber, string Title, string Category, string ReporterType, string Status,
    string StatusLabel, IReadOnlyList<string> AllowedTransitions, string? Outcome, DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt,
    int DaysLeft, bool Overdue, DateTimeOffset? FirstResponseAt, Assignee? Assignee, ReportContent? Report, Completeness? Completeness,
    bool HasSealedIdentity, IReadOnlyList<CaseEvidenceItem> Evidence, IReadOnlyList<CaseTimelineItem> Timeline,
    IReadOnlyList<CaseMessageItem> Messages, string DaysLeftUnit = "calendar");

public sealed record ReportContent(string Title, string? What, string? Where, string? When, string? Who, string? How);

public sealed record CaseEvidenceItem(Guid EvidenceId, string FileName, long Size, bool Supplement, DateTimeOffset AttachedAt);

public sealed record CaseTimelineItem(DateTimeOffset At, string Kind, string Status, string StatusLabel, string? Message, bool Internal,
    string? Actor);

public sealed record CaseMessageItem(Guid Id, DateTimeOffset At, string From, string? Author, string Body);

public sealed record AuditList(IReadOnlyList<AuditItem> Items);

public sealed record AuditItem(long Sequence, DateTimeOffset At, string Actor, Guid? ActorId, string Action, string? TrackingNumber,
    string? Detail);

public sealed record AuditVerification(bool Intact, int Entries, long? FirstBrokenAt, DateTimeOffset? FirstBrokenTime);

public sealed record CaseStatistics(DateTimeOffset? From, DateTimeOffset? To, int Total, IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> ByMonth, IReadOnlyDictionary<string, int> ByReporterType,
    IReadOnlyDictionary<string, int> ByOutcome, SlaCounts Sla, double? MedianDaysToFirstResponse);

public sealed record SlaCounts(int Met, int Missed, int Pending);
