namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record ReportTimelineItem(DateTimeOffset At, string Status, string StatusLabel, string? Message);
