namespace Wbs.CaseManagement.Clients;

public sealed record StaffMember(Guid Id, string Username, IReadOnlyList<string> Roles, bool Disabled);
