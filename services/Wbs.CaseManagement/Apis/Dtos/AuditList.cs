namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record AuditList(IReadOnlyList<AuditItem> Items);
