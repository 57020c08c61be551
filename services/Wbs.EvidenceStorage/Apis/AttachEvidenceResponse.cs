namespace Wbs.EvidenceStorage.Apis;

public sealed record AttachEvidenceResponse(IReadOnlyList<EvidenceSummary> Attached);

/// <summary>No file name: names stay sealed in EvidenceStorage and are given only by <c>/names</c>.</summary>
public sealed record EvidenceSummary(Guid EvidenceId, long Size);
