namespace Wbs.Web.Infrastructure.Sessions;

/// <summary>
/// What the session cookie holds (encrypted): the access token issued by Identity and the few
/// facts pages show without asking a service. Services check the token themselves on every call.
/// <see cref="MustChangePassword"/>: a staff user signed in with a temporary password; the console
/// shows only the password page until it is replaced.
/// </summary>
public sealed record SessionTicket(
    string AccessToken,
    string Kind,
    DateTimeOffset ExpiresAt,
    string? Name,
    IReadOnlyList<string> Roles,
    string? TrackingNumber,
    bool MustChangePassword = false)
{
    public bool IsCode => Kind == WbsClaims.Kinds.Code;

    public bool IsAccount => Kind == WbsClaims.Kinds.Account;

    public bool HasRole(params string[] roles) => roles.Any(Roles.Contains);
}
