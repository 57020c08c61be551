namespace Wbs.Contracts.Api;

public sealed record AuditList(IReadOnlyList<AuditItem> Items);
