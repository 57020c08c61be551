namespace Wbs.AppHost.Extensions;

/// <summary>
/// One key-ring file per purpose under <c>.wbs/secrets</c> (<c>keys-content</c>, …): base64 keys, one a line,
/// the current first. The purposes are those of <c>Wbs.ServiceDefaults.Security.KeyPurposes</c>.
/// </summary>
public static class KeyRings
{
    public const string Content = "Content", Identity = "Identity", Messages = "Messages", Totp = "Totp",
        SigningKeys = "SigningKeys", Evidence = "Evidence", CodeDigest = "CodeDigest", DataProtection = "DataProtection";

    public static readonly IReadOnlyList<string> Purposes = [Content, Identity, Messages, Totp, SigningKeys, Evidence, CodeDigest, DataProtection];

    /// <summary>Purposes whose values an older WBS sealed under its one shared key (<c>key-encryption-key</c>).</summary>
    private static readonly string[] SealedUnderSharedKey = [Content, Identity, Messages, Totp, SigningKeys, Evidence];

    public static string FileName(string purpose) => $"keys-{purpose.ToLowerInvariant()}";

    /// <summary>
    /// The ring files, created on first run. Data of an older WBS stays readable: its shared key becomes the
    /// older key of each ring it sealed for (re-wrapped under the new key by each service, then retired with
    /// <c>./wbs keys retire</c>), and its code-digest key stays the code-digest key (digests cannot be recomputed).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Load(SecretStore store)
    {
        var shared = ReadIfExists(store.PathOf("key-encryption-key"));
        var digest = ReadIfExists(store.PathOf("code-digest-key"));
        return Purposes.ToDictionary(p => p, p => store.GetOrCreateFile(FileName(p), () => p switch
        {
            CodeDigest when digest is not null => digest,
            _ when shared is not null && SealedUnderSharedKey.Contains(p) => $"{SecretStore.NewKey()}\n{shared}",
            _ => SecretStore.NewKey(),
        }));
    }

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;
}
