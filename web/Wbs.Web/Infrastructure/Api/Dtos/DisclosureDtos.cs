namespace Wbs.Web.Infrastructure.Api.Dtos;

/// <summary>A disclosure request as CaseManagement lists it: custodians see every one of the tenant's, other staff their own.</summary>
public sealed record DisclosureItem(Guid DisclosureId, string TrackingNumber, string Status, string StatusLabel, string Reason,
    Guid RequesterId, string RequesterName, DateTimeOffset RequestedAt, string? DeciderName, string? Note, DateTimeOffset? DecidedAt,
    DateTimeOffset? ExpiresAt)
{
    public bool Readable(DateTimeOffset now) => Status == "approved" && ExpiresAt is { } until && until > now;
}

public sealed record DisclosureList(IReadOnlyList<DisclosureItem> Items);

/// <summary>The reporter's identity as Intake opens it for the requester of an approved disclosure.</summary>
public sealed record DisclosedIdentity(string TrackingNumber, string? Name, string? Contact);
