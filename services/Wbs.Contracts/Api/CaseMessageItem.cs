namespace Wbs.Contracts.Api;

public sealed record CaseMessageItem(Guid Id, DateTimeOffset At, string From, string? Author, string Body);
