namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record EvidenceAdded(string TrackingNumber, IReadOnlyList<Guid> EvidenceIds);
