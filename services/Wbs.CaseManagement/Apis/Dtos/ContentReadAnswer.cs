namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary>The reports of the request that the staff member may read; the read is in the audit trail.</summary>
public sealed record ContentReadAnswer(IReadOnlyList<string> Allowed);
