namespace Wbs.Contracts.Api;

public sealed record ReportTimelineItem(DateTimeOffset At, string Status, string StatusLabel, string? Message);
