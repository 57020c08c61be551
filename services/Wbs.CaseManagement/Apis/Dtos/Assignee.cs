namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record Assignee(Guid Id, string? Name);
