namespace Wbs.Contracts.Api;

public sealed record ForwardingCreated(Guid ForwardingId, string? DestinationTrackingNumber);
