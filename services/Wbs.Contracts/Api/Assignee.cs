namespace Wbs.Contracts.Api;

public sealed record Assignee(Guid Id, string? Name);
