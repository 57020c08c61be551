namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record ReportMessage(DateTimeOffset At, string From, string Body);
