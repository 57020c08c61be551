namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record ReportEvidence(Guid EvidenceId, string FileName, long Size);
