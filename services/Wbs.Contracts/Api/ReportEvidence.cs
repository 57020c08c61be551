namespace Wbs.Contracts.Api;

public sealed record ReportEvidence(Guid EvidenceId, string FileName, long Size);
