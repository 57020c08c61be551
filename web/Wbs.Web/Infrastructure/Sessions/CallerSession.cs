namespace Wbs.Web.Infrastructure.Sessions;

/// <summary>
/// Whose session the service calls of this request carry (one per request): the page's base (reporter, staff
/// or platform) chooses the session it read, and a sign-in that answers a new session replaces the token for
/// the rest of the request (<see cref="SessionCookies.Write"/>). <see cref="CallerTokenHandler"/> sends it.
/// </summary>
public sealed class CallerSession
{
    public string? AccessToken { get; private set; }

    /// <summary>The calls that follow carry this session's token; null makes them anonymous.</summary>
    public void Use(SessionTicket? ticket) => AccessToken = ticket?.AccessToken;

    public static CallerSession Of(HttpContext http) => http.RequestServices.GetRequiredService<CallerSession>();
}
