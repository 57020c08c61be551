namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record AuditQuery(string? TrackingNumber, string? Actor, DateTimeOffset? From, DateTimeOffset? To);
