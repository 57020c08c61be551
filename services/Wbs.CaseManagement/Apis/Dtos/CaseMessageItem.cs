namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record CaseMessageItem(Guid Id, DateTimeOffset At, string From, string? Author, string Body);
