namespace Wbs.EvidenceStorage.Apis;

public sealed record AttachEvidenceRequest(Guid ComplaintId, string? TrackingNumber, IReadOnlyList<Guid>? EvidenceIds);
