namespace Wbs.Web.Infrastructure.Abuse;

/// <param name="Header">The browser's solved challenge, passed on as <c>Proof-Of-Work</c> to the service.</param>
/// <param name="ByTicket">A good delay ticket was spent: the web app may solve a service's modest challenge itself.</param>
public sealed record FormProofResult(bool Passed, string? Header, bool ByTicket)
{
    public static readonly FormProofResult Refused = new(false, null, false);
}
