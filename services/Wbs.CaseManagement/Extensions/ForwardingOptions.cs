namespace Wbs.CaseManagement.Extensions;

/// <summary>
/// The platform key that signs forwarding packages: an ECDSA P-256 private key as PKCS#8 PEM, given
/// inline or as a secret file (the AppHost creates it). Without one, forwarding still works but
/// packages answer 503 until the key is configured.
/// </summary>
public sealed class ForwardingOptions
{
    public const string Section = "Forwarding";

    public string? SigningKey { get; set; }
    public string? SigningKeyFile { get; set; }
}
