namespace Wbs.ServiceDefaults.Auth;

public static class WbsPolicies
{
    /// <summary>A code or account token.</summary>
    public const string Reporter = "reporter";
    /// <summary>An account token only.</summary>
    public const string Account = "account";
    /// <summary>Any staff token.</summary>
    public const string Staff = "staff";
    /// <summary>A staff token of the platform tenant with the <c>platform_admin</c> role: manages the tenant registry.</summary>
    public const string PlatformAdmin = "platform-admin";
}
