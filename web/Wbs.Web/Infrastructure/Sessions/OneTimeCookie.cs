using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Wbs.Web.Infrastructure.Security;

namespace Wbs.Web.Infrastructure.Sessions;

/// <summary>
/// Carries a one-time result (the complaint code after submission, a staff enrolment) across
/// POST-redirect-GET: an encrypted, HttpOnly, SameSite=Strict cookie scoped to the one result
/// page, valid for ten minutes and deleted the first time the page reads it. Nothing is kept on
/// the server, and reloading the page does not show the secret again; only the page's own language
/// switch, which posts the sealed value back into the cookie, shows it in the other language within
/// those minutes. A value larger than a browser keeps in one cookie (a long draft) is split into
/// several by ASP.NET Core's chunking cookie manager.
/// </summary>
public sealed class OneTimeCookie(IDataProtectionProvider protection, IConfiguration configuration)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly ChunkingCookieManager Cookies = new();

    public void Write<T>(HttpContext http, string name, string path, T value)
    {
        var protector = Protector(name, path).ToTimeLimitedDataProtector();
        Cookies.AppendResponseCookie(http, name, protector.Protect(JsonSerializer.Serialize(value, Json), Lifetime), Options(http, path));
    }

    public T? Take<T>(HttpContext http, string name, string path) where T : class => Take<T>(http, name, path, out _);

    /// <summary>
    /// Takes the value as <see cref="Take{T}(HttpContext,string,string)"/> does and hands back its sealed form, which
    /// <see cref="Restore{T}"/> puts back until the value expires: the page can show it once more in the other language
    /// (see LanguageSwitch) without anything kept on the server.
    /// </summary>
    public T? Take<T>(HttpContext http, string name, string path, out string? sealedValue) where T : class
    {
        sealedValue = Cookies.GetRequestCookie(http, name);
        if (string.IsNullOrEmpty(sealedValue))
        {
            sealedValue = null;
            return null;
        }
        Cookies.DeleteCookie(http, name, Options(http, path, forDeletion: true));
        var value = Open<T>(name, path, sealedValue);
        sealedValue = value is null ? null : sealedValue;
        return value;
    }

    /// <summary>Puts a sealed value that still opens back into its cookie, for the page to take once more.</summary>
    public void Restore<T>(HttpContext http, string name, string path, string? sealedValue) where T : class
    {
        if (Open<T>(name, path, sealedValue) is not null)
        {
            Cookies.AppendResponseCookie(http, name, sealedValue!, Options(http, path));
        }
    }

    /// <summary>A sealed value of this cookie and page, as long as it has not expired; null otherwise.</summary>
    public T? Open<T>(string name, string path, string? sealedValue) where T : class
    {
        if (string.IsNullOrEmpty(sealedValue))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(Protector(name, path).ToTimeLimitedDataProtector().Unprotect(sealedValue), Json);
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
