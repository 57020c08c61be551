namespace Wbs.Identity.Infrastructure;

/// <summary>The public part of an ES256 key as a JSON Web Key (RFC 7517/7518); never carries the private scalar.</summary>
public sealed record PublicJsonWebKey(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);
