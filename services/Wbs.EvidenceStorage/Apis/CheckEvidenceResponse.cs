namespace Wbs.EvidenceStorage.Apis;

public sealed record CheckEvidenceResponse(IReadOnlyList<Guid> Invalid);
