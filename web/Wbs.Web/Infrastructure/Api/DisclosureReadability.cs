namespace Wbs.Web.Infrastructure.Api;

public static class DisclosureReadability
{
    /// <summary>Whether the requester may open the identity now: approved and not yet expired.</summary>
    public static bool Readable(this DisclosureItem disclosure, DateTimeOffset now) =>
        disclosure.Status == "approved" && disclosure.ExpiresAt is { } until && until > now;
}
