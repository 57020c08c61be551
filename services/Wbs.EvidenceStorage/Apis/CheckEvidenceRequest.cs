namespace Wbs.EvidenceStorage.Apis;

public sealed record CheckEvidenceRequest(IReadOnlyList<Guid>? EvidenceIds);
