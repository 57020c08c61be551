namespace Wbs.Contracts.Api;

public sealed record ForwardingItem(Guid ForwardingId, string To, string ToName, string? DestinationTrackingNumber,
    IReadOnlyList<Guid> EvidenceIds, int Redactions, DateTimeOffset CreatedAt, string? ActorName, string PackageUrl);
