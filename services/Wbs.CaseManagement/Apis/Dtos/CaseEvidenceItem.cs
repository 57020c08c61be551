namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record CaseEvidenceItem(Guid EvidenceId, string FileName, long Size, bool Supplement, DateTimeOffset AttachedAt);
