namespace Wbs.Contracts.Api;

/// <summary>A disclosure as custodians (all of the tenant's) and requesters (their own) see it.</summary>
public sealed record DisclosureItem(Guid DisclosureId, string TrackingNumber, string Status, string StatusLabel, string Reason,
    Guid RequesterId, string RequesterName, DateTimeOffset RequestedAt, string? DeciderName, string? Note, DateTimeOffset? DecidedAt,
    DateTimeOffset? ExpiresAt);
