namespace Wbs.CaseManagement.Infrastructure;

public sealed record StaffMember(Guid Id, string Username, IReadOnlyList<string> Roles, bool Disabled);
