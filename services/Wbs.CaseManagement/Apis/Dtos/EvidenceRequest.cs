namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record EvidenceRequest(IReadOnlyList<Guid>? EvidenceIds);
