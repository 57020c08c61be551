using System.Security.Cryptography;
using System.Text;

namespace Wbs.AppHost.Dashboard;

/// <summary>The dashboard's login token; the cookie carries a digest of it, never the token itself.</summary>
public sealed class DashboardToken(string token)
{
    public const string CookieName = "wbs_dashboard";

    public string CookieValue { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("wbs-dashboard:" + token)));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(token));

    public bool IsValidCookie(string? value) =>
        value is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(CookieValue));

    public void SignIn(HttpResponse response) =>
        response.Cookies.Append(CookieName, CookieValue, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
}
