namespace Wbs.Identity.Model;

/// <summary>An ES256 token-signing key. The private key is stored only sealed by the key-encryption key.</summary>
public sealed class SigningKey
{
    public required string Id { get; init; }
    public required byte[] SealedPrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it starts signing: a rotated-in key is published a while before, so every validator knows it in time.</summary>
    public DateTimeOffset ActivatesAt { get; init; }
    /// <summary>When a newer key took over; the key stays published until tokens it signed have expired.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
