namespace Wbs.CaseManagement.Model;

/// <summary>The last entry of a tenant's chain, as checkpointed outside the database.</summary>
public sealed record AuditHead(long Sequence, string Hash);
