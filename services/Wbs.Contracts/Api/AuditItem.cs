namespace Wbs.Contracts.Api;

public sealed record AuditItem(long Sequence, DateTimeOffset At, string Actor, Guid? ActorId, string Action, string? TrackingNumber,
    string? Detail);
