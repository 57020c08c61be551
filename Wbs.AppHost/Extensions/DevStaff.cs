using System.Security.Cryptography;
using System.Text.Json;

namespace Wbs.AppHost.Extensions;

/// <summary>Development staff: per tenant one user per role, with random passwords and TOTP secrets.</summary>
public static class DevStaff
{
    public static readonly IReadOnlyDictionary<string, string> Tenants = new Dictionary<string, string>
    {
        ["banjarnegara"] = "bjn",
        ["komdigi"] = "kmd",
    };

    public static readonly string[] Roles = ["admin", "supervisor", "verifier", "investigator", "auditor", "custodian"];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The platform's own tenant, home of the platform admin who creates agencies.</summary>
    public const string PlatformTenant = "platform";
    public const string PlatformAdminRole = "platform_admin";

    public static IReadOnlyList<DevStaffUser> Generate() =>
        [.. from tenant in Tenants
            from role in Roles
            select new DevStaffUser(tenant.Key, Guid.NewGuid(), $"{tenant.Value}.{role}", NewPassword(), NewTotpSecret(), [role]),
         new DevStaffUser(PlatformTenant, Guid.NewGuid(), "plt.admin", NewPassword(), NewTotpSecret(), [PlatformAdminRole])];

    /// <summary>
    /// The users of an earlier run's file plus one for each tenant and role it lacks (a role added
    /// since): existing users keep their passwords and TOTP secrets.
    /// </summary>
    public static IReadOnlyList<DevStaffUser> Complete(IReadOnlyList<DevStaffUser> existing) =>
        [.. existing, .. Generate().Where(n => !existing.Any(e => e.Tenant == n.Tenant && e.Roles.SequenceEqual(n.Roles)))];

    public static IReadOnlyList<DevStaffUser> Read(string path) =>
        JsonSerializer.Deserialize<List<DevStaffUser>>(File.ReadAllText(path), Json)
        ?? throw new InvalidOperationException($"{path} is empty.");

    /// <summary>Four groups like <c>Kq7m-…</c>: upper, lower, digit and a separator, whatever a password policy asks for.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => string.Concat(
            Pick(upper), Pick(lower), Pick(digits), Pick(all), Pick(all))));
        static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
    }

    /// <summary>RFC 4648 Base32 (no padding) of 20 random bytes, as authenticator apps expect.</summary>
    public static string NewTotpSecret() => Base32(RandomNumberGenerator.GetBytes(20));

    public static string Base32(ReadOnlySpan<byte> bytes) => OtpNet.Base32Encoding.ToString(bytes.ToArray()).TrimEnd('=');
}
