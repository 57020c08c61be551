namespace Wbs.Contracts.Api;

public sealed record ReportSummary(string TrackingNumber, string Title, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt, DateTimeOffset LastUpdateAt, int UnreadMessages);
