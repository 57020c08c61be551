namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record ForwardingCreated(Guid ForwardingId, string? DestinationTrackingNumber);
