namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// Key material comes from configuration or a secret file (the AppHost creates one file per purpose on
/// first run), never from a database. A ring is one or more base64 keys of 32 bytes, the current first
/// (<see cref="KeyRing.Parse"/>); purposes are the names in <see cref="KeyPurposes"/>.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Purpose → key ring as text (tests, or a secret store that injects values).</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Purpose → file holding the key ring, one base64 key per line; read again when it changes.</summary>
    public Dictionary<string, string> KeyFiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often values sealed under an older key of a ring are re-wrapped under its current key.</summary>
    public TimeSpan RewrapInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool Has(string purpose) =>
        Value(Keys, purpose) is { Length: > 0 } || Value(KeyFiles, purpose) is { Length: > 0 };

    public KeyRingSource Source(string purpose) =>
        Value(Keys, purpose) is { Length: > 0 } text ? KeyRingSource.Fixed(KeyRing.Parse(text))
        : Value(KeyFiles, purpose) is { Length: > 0 } file ? KeyRingSource.FromFile(file)
        : throw new InvalidOperationException($"This process holds no {purpose} key (Security:Keys:{purpose} or Security:KeyFiles:{purpose}).");

    // The binder may replace the dictionaries with case-sensitive ones; configuration keys are not.
    private static string? Value(Dictionary<string, string> map, string purpose) =>
        map.FirstOrDefault(p => string.Equals(p.Key, purpose, StringComparison.OrdinalIgnoreCase)).Value;
}
