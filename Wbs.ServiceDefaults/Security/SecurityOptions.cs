namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// Key material comes from configuration or a secret file (the AppHost creates both on first run),
/// never from a database. Values are base64 of 32 random bytes.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The key-encryption key that wraps every per-record data key.</summary>
    public string? KeyEncryptionKey { get; set; }
    public string? KeyEncryptionKeyFile { get; set; }

    /// <summary>Platform key for HMAC digests of complaint codes.</summary>
    public string? CodeDigestKey { get; set; }
    public string? CodeDigestKeyFile { get; set; }

    internal static byte[] ReadKey(string? value, string? file, string name)
    {
        var text = !string.IsNullOrWhiteSpace(value) ? value
            : !string.IsNullOrWhiteSpace(file) ? File.ReadAllText(file)
            : throw new InvalidOperationException($"Security:{name} (or Security:{name}File) is not configured.");
        var key = Convert.FromBase64String(text.Trim());
        return key.Length == 32 ? key : throw new InvalidOperationException($"Security:{name} must be 32 bytes (base64).");
    }
}
