using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Wbs.Web.Infrastructure.Security;

namespace Wbs.Web.Infrastructure.Sessions;

/// <summary>
/// Keeps the access token in an HttpOnly, SameSite=Strict cookie (Secure and <c>__Secure-</c>
/// prefixed with an https public origin, see <see cref="PublicOrigin"/>) scoped to the tenant's path. The value is
/// encrypted and authenticated with ASP.NET Core Data Protection under a purpose that names the
/// tenant and the session kind, so a cookie of one tenant or kind is worthless for another. It is a
/// browser-session cookie (no Expires): closing the browser ends it; the token's own expiry ends it earlier.
/// </summary>
public sealed class SessionCookies(IDataProtectionProvider protection, TimeProvider clock, IConfiguration configuration)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Path-scoped per tenant, so <c>__Secure-</c> rather than <c>__Host-</c> (which demands Path=/).</summary>
    public string CookieName(SessionKind kind) =>
        PublicOrigin.CookieName(configuration, kind == SessionKind.Staff ? "wbs_staff" : "wbs_reporter", wholeSite: false);

    public SessionTicket? Read(HttpContext http, string tenant, SessionKind kind)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName(kind), out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            var json = Protector(tenant, kind).Unprotect(value);
            var ticket = JsonSerializer.Deserialize<SessionTicket>(json, Json);
            return ticket is not null && ticket.ExpiresAt > clock.GetUtcNow() ? ticket : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Stores a freshly issued token; the facts shown by pages are read from its claims. The rest of the request
    /// calls services with it (<see cref="CallerSession"/>): the token it replaces may be revoked already.
    /// </summary>
    public SessionTicket Write(HttpContext http, string tenant, SessionKind kind, string accessToken, int expiresIn,
        IReadOnlyList<string>? roles = null, bool mustChangePassword = false)
    {
        var jwt = new JsonWebToken(accessToken);
        var claimKind = jwt.TryGetPayloadValue<string>(WbsClaims.Kind, out var k) ? k : "";
        var name = jwt.TryGetPayloadValue<string>(WbsClaims.Name, out var n) ? n : null;
        var trackingNumber = jwt.TryGetPayloadValue<string>(WbsClaims.TrackingNumber, out var tn) ? tn : null;
        var claimRoles = jwt.Claims.Where(c => c.Type == WbsClaims.Role).Select(c => c.Value).ToList();
        var ticket = new SessionTicket(accessToken, claimKind, clock.GetUtcNow().AddSeconds(Math.Max(expiresIn - 30, 30)), name,
            roles is { Count: > 0 } ? roles : claimRoles, trackingNumber, mustChangePassword);
        Replace(http, tenant, kind, ticket);
        CallerSession.Of(http).Use(ticket);
        return ticket;
    }

    /// <summary>Stores a changed ticket of the same session (e.g. the temporary password was replaced).</summary>
    public void Replace(HttpContext http, string tenant, SessionKind kind, SessionTicket ticket)
    {
        var value = Protector(tenant, kind).Protect(JsonSerializer.Serialize(ticket, Json));
        http.Response.Cookies.Append(CookieName(kind), value, Options(http, tenant));
    }

    public void Clear(HttpContext http, string tenant, SessionKind kind) =>
        http.Response.Cookies.Delete(CookieName(kind), Options(http, tenant));

    private CookieOptions Options(HttpContext http, string tenant) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps || PublicOrigin.IsHttps(configuration),
        SameSite = SameSiteMode.Strict,
        Path = TenantPaths.Of(tenant, ""),
        IsEssential = true,
    };

    private IDataProtector Protector(string tenant, SessionKind kind) =>
        protection.CreateProtector("Wbs.Web.Session.v1", tenant, kind.ToString());
}
