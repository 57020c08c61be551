namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary>The answer to a request or a decision: <c>pending</c>, <c>approved</c> (readable until <see cref="ExpiresAt"/>) or <c>denied</c>.</summary>
public sealed record DisclosureState(Guid DisclosureId, string TrackingNumber, string Status, string StatusLabel, DateTimeOffset? ExpiresAt);
