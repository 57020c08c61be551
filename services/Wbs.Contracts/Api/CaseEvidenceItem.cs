namespace Wbs.Contracts.Api;

public sealed record CaseEvidenceItem(Guid EvidenceId, string FileName, long Size, bool Supplement, DateTimeOffset AttachedAt);
