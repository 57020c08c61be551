namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record MessagePosted(Guid Id, DateTimeOffset At);
