namespace Wbs.EvidenceStorage.Apis;

public sealed record AttachEvidenceResponse(IReadOnlyList<EvidenceSummary> Attached);

public sealed record EvidenceSummary(Guid EvidenceId, string FileName, long Size);
