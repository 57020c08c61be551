namespace Wbs.ServiceDefaults.Auth;

/// <summary>Claim names and values of WBS access tokens, issued by Identity and checked by every service.</summary>
public static class WbsClaims
{
    public const string Issuer = "wbs-identity";
    public const string Audience = "wbs";

    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Kind = "kind";
    public const string Role = "role";
    public const string Name = "name";
    /// <summary>Code tokens: the one complaint the token reaches.</summary>
    public const string ComplaintId = "cid";
    public const string TrackingNumber = "tn";
    /// <summary>One sign-in: a sign-out revokes exactly this session.</summary>
    public const string SessionId = "sid";
    /// <summary>Issue time in Unix milliseconds: a revocation and a new sign-in in the same second stay apart.</summary>
    public const string IssuedAtMs = "iat_ms";
    /// <summary>"true" on a staff token issued with a temporary password.</summary>
    public const string MustChangePassword = "mcp";

    public static class Kinds
    {
        public const string Code = "code";
        public const string Account = "account";
        public const string Staff = "staff";
    }

    public static class Roles
    {
        public const string Admin = "admin";
        public const string Supervisor = "supervisor";
        public const string Verifier = "verifier";
        public const string Investigator = "investigator";
        public const string Auditor = "auditor";
        /// <summary>Decides identity disclosures; reads no report content unless it also holds a content role.</summary>
        public const string Custodian = "custodian";

        public static readonly string[] All = [Admin, Supervisor, Verifier, Investigator, Auditor, Custodian];

        /// <summary>
        /// Staff of the platform tenant only: creates agencies and their first admin. Not among <see cref="All"/>,
        /// so no agency admin can grant it; it reaches no agency's cases (a platform token is refused there).
        /// </summary>
        public const string PlatformAdmin = "platform_admin";
    }
}
