namespace Wbs.Contracts.Api;

public sealed record StaffUserResponse(Guid Id, string Username, IReadOnlyList<string> Roles, bool Disabled);
