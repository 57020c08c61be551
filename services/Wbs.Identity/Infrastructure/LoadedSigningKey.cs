using Microsoft.IdentityModel.Tokens;

namespace Wbs.Identity.Infrastructure;

/// <summary>A signing key opened in memory: the private half signs, the public half validates and is published.</summary>
public sealed record LoadedSigningKey(
    string Id, DateTimeOffset CreatedAt, DateTimeOffset ActivatesAt, DateTimeOffset? RetiredAt, ECDsaSecurityKey PrivateKey, ECDsaSecurityKey PublicKey, PublicJsonWebKey Jwk);
