namespace Wbs.ServiceDefaults.Auth;

public static class WbsPolicies
{
    /// <summary>A code or account token.</summary>
    public const string Reporter = "reporter";
    /// <summary>An account token only.</summary>
    public const string Account = "account";
    /// <summary>Any staff token.</summary>
    public const string Staff = "staff";
}
