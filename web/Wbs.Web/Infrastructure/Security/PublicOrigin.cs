namespace Wbs.Web.Infrastructure.Security;

/// <summary>
/// Whether the site is served over https to the public (<c>Web:PublicOrigin</c> = https://…, or the
/// older <c>Web:SecureCookies</c>), which TLS in front of the app does not show on the request:
/// then every cookie is Secure and prefixed, and HSTS is sent.
/// </summary>
public static class PublicOrigin
{
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static bool IsHttps(IConfiguration configuration) =>
        configuration.GetValue<bool>("Web:SecureCookies")
        || configuration["Web:PublicOrigin"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary><c>__Host-</c> for a cookie of the whole site (Path=/), <c>__Secure-</c> for a path-scoped one; nothing over plain http.</summary>
    public static string CookieName(IConfiguration configuration, string name, bool wholeSite) =>
        !IsHttps(configuration) ? name : wholeSite ? "__Host-" + name : "__Secure-" + name;
}
