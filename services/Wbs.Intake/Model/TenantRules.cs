using System.Text.RegularExpressions;

namespace Wbs.Intake.Model;

/// <summary>What a tenant profile must satisfy before the registry stores it.</summary>
public static partial class TenantRules
{
    public static readonly string[] AccountFlows = ["code-first", "account-first", "both"];

    /// <summary>Slugs the public site or the API use for themselves.</summary>
    public static readonly string[] Reserved =
        [TenantProfile.PlatformSlug, "api", "internal", "status", "staff", "health", "alive", "openapi", "css", "js", "img", "lib", "favicon.ico"];

    [GeneratedRegex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$")]
    public static partial Regex Slug();

    [GeneratedRegex("^[a-z0-9_]{2,64}$")]
    public static partial Regex CategoryCode();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    public static partial Regex Colour();

    /// <summary>A path on this site, an https address, or a small PNG, JPEG or WebP picture inline (no SVG: it may carry script).</summary>
    public static bool IsLogo(string logo) =>
        (logo.StartsWith('/') && !logo.StartsWith("//", StringComparison.Ordinal) && logo.Length <= 500)
        || (logo.StartsWith("https://", StringComparison.Ordinal) && logo.Length <= 500 && Uri.IsWellFormedUriString(logo, UriKind.Absolute))
        || (logo.Length <= 200_000 && (logo.StartsWith("data:image/png;base64,", StringComparison.Ordinal)
            || logo.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal)
            || logo.StartsWith("data:image/webp;base64,", StringComparison.Ordinal)));
}
