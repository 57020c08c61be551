namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// One key ring per purpose, so a process holds only the keys of what it handles: the web app and
/// Notification hold no content key. The names are the configuration keys (<c>Security:KeyFiles:Content</c>).
/// </summary>
public static class KeyPurposes
{
    /// <summary>Report content (Intake).</summary>
    public const string Content = "Content";
    /// <summary>Sealed reporter identities (Intake).</summary>
    public const string Identity = "Identity";
    /// <summary>Messages and notes of a case's timeline (CaseManagement).</summary>
    public const string Messages = "Messages";
    /// <summary>Staff TOTP secrets (Identity).</summary>
    public const string Totp = "Totp";
    /// <summary>Private token-signing keys (Identity).</summary>
    public const string SigningKeys = "SigningKeys";
    /// <summary>Evidence files' data keys (EvidenceStorage).</summary>
    public const string Evidence = "Evidence";
    /// <summary>HMAC key of complaint-code digests (Intake, Identity); Intake derives its title index's and idempotent answers' keys from it.</summary>
    public const string CodeDigest = "CodeDigest";
    /// <summary>The web app's ASP.NET Core data-protection keys (cookies, antiforgery).</summary>
    public const string DataProtection = "DataProtection";

    public static readonly IReadOnlyList<string> All = [Content, Identity, Messages, Totp, SigningKeys, Evidence, CodeDigest, DataProtection];
}
