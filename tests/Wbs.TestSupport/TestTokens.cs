using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wbs.TestSupport;

/// <summary>
/// Signs WBS access tokens with a test ES256 key, for services configured with
/// <c>Auth:Jwks</c> = <see cref="Jwks"/>. Identity's own tests cover real issuance.
/// </summary>
public sealed class TestTokens
{
    private readonly ECDsaSecurityKey _key;

    public TestTokens()
    {
        _key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = Guid.NewGuid().ToString("N") };
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(_key);
        jwk.Use = "sig";
        jwk.Alg = SecurityAlgorithms.EcdsaSha256;
        Jwks = JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = jwk.Use, alg = jwk.Alg, crv = jwk.Crv, x = jwk.X, y = jwk.Y } },
        });
    }

    public string Jwks { get; }

    /// <summary>A service identity as Identity issues it (client credentials), e.g. for <c>casemanagement</c>.</summary>
    public string IssueService(string service, string audience = "wbs-internal", string kind = "service") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "wbs-identity",
            Audience = audience,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = $"service:{service}", ["kind"] = kind, ["svc"] = service },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.EcdsaSha256),
        });

    public string Issue(string tenant, string kind, Guid subject, IEnumerable<string>? roles = null,
        Guid? complaintId = null, string? trackingNumber = null, string? name = null, TimeSpan? lifetime = null,
        string audience = "wbs", string issuer = "wbs-identity", Guid? sessionId = null, bool mustChangePassword = false,
        DateTimeOffset? issuedAt = null)
    {
        var now = DateTime.UtcNow;
        var life = lifetime ?? TimeSpan.FromMinutes(15);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject.ToString(),
            ["tenant"] = tenant,
            ["kind"] = kind,
            ["sid"] = (sessionId ?? Guid.NewGuid()).ToString(),
        };
        // Identity's millisecond issue time, which revocations (and an unprimed instance's start) are compared with.
        claims["iat_ms"] = (issuedAt ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds();
        if (mustChangePassword)
        {
            claims["mcp"] = "true";
        }
        if (roles is not null)
        {
            claims["role"] = roles.ToArray();
        }
        if (complaintId is { } cid)
        {
            claims["cid"] = cid.ToString();
        }
        if (trackingNumber is not null)
        {
            claims["tn"] = trackingNumber;
        }
        if (name is not null)
        {
            claims["name"] = name;
        }
        // An expired token (negative lifetime) still needs NotBefore < Expires.
        var notBefore = life > TimeSpan.Zero ? now : now + life - TimeSpan.FromHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = now + life,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.EcdsaSha256),
        });
    }
}
