namespace Wbs.Contracts.Api;

public sealed record ReportMessage(DateTimeOffset At, string From, string Body);
