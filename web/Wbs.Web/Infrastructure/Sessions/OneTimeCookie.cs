using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Wbs.Web.Infrastructure.Security;

namespace Wbs.Web.Infrastructure.Sessions;

/// <summary>
/// Carries a one-time result (the complaint code after submission, a staff enrolment) across
/// POST-redirect-GET: an encrypted, HttpOnly, SameSite=Strict cookie scoped to the one result
/// page, valid for ten minutes and deleted the first time the page reads it. Nothing is kept on
/// the server, and reloading the page does not show the secret again.
/// </summary>
public sealed class OneTimeCookie(IDataProtectionProvider protection, IConfiguration configuration)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public void Write<T>(HttpContext http, string name, string path, T value)
    {
        var protector = Protector(name, path).ToTimeLimitedDataProtector();
        http.Response.Cookies.Append(name, protector.Protect(JsonSerializer.Serialize(value, Json), Lifetime), Options(http, path));
    }

    public T? Take<T>(HttpContext http, string name, string path) where T : class
    {
        if (!http.Request.Cookies.TryGetValue(name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        http.Response.Cookies.Delete(name, Options(http, path, forDeletion: true));
        try
        {
            return JsonSerializer.Deserialize<T>(Protector(name, path).ToTimeLimitedDataProtector().Unprotect(value), Json);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private IDataProtector Protector(string name, string path) => protection.CreateProtector("Wbs.Web.OneTime.v1", name, path);

    private CookieOptions Options(HttpContext http, string path, bool forDeletion = false) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps || PublicOrigin.IsHttps(configuration),
        SameSite = SameSiteMode.Strict,
        Path = path,
        MaxAge = forDeletion ? null : Lifetime,
        IsEssential = true,
    };
}
