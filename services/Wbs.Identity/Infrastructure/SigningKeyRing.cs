using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Identity's ES256 signing keys. Private keys live in the database sealed by the key-encryption
/// key (never in plaintext), so tokens survive restarts and every instance signs with the same
/// active key. Rotation adds a new active key; a retired key stays published (JWKS) until every
/// token it signed has expired. A rotated-in key is published some minutes before it signs. Identity validates its own tokens through this class too (it is
/// the JwtBearer configuration manager), so it never calls itself over HTTP.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001",
    Justification = "A singleton for the process's lifetime; its gate must outlive every token validated during shutdown.")]
public sealed class SigningKeyRing(
    IServiceScopeFactory scopes, [FromKeyedServices(KeyPurposes.SigningKeys)] EnvelopeCipher cipher, TimeProvider clock, IOptions<IdentityServiceOptions> options)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    // Any constant unique to this purpose: serialises key creation across instances.
    private const long AdvisoryLockId = 0x5742_5349_4b45_5953;
    private static readonly TimeSpan MinRefreshGap = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<LoadedSigningKey> _keys = [];
    private long _loadedAt;
    private bool _loaded;
    private bool _refreshRequested;

    /// <summary>Tokens of the longest kind plus validators' clock skew.</summary>
    private TimeSpan PublicationGrace => options.Value.Tokens.Longest + TimeSpan.FromMinutes(1);

    public async Task<LoadedSigningKey> GetActiveKeyAsync(CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(cancellationToken);
        if (Active(keys, clock.GetUtcNow()) is { } active)
        {
            return active;
        }
        await ChangeKeysAsync(rotate: false, cancellationToken);
        return Active(_keys, clock.GetUtcNow()) ?? throw new InvalidOperationException("No active signing key after creating one.");
    }

    /// <summary>The active key, keys waiting to become active, and retired keys whose tokens may still be valid.</summary>
    public async Task<IReadOnlyList<LoadedSigningKey>> GetPublishedKeysAsync(CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. keys.Where(k => k.RetiredAt is null || k.RetiredAt + PublicationGrace > now)];
    }

    public Task EnsureActiveKeyAsync(CancellationToken cancellationToken) => ChangeKeysAsync(rotate: false, cancellationToken);

    /// <summary>Publishes a new key now; it takes over signing after <see cref="SigningKeyOptions.ActivationDelay"/>.</summary>
    public Task RotateAsync(CancellationToken cancellationToken) => ChangeKeysAsync(rotate: true, cancellationToken);

    public async Task<bool> RotateIfDueAsync(CancellationToken cancellationToken)
    {
        var keys = await ReloadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (Active(keys, now) is not { } active || keys.Any(k => k.ActivatesAt > now)
            || active.ActivatesAt + options.Value.SigningKeys.RotateAfter > now)
        {
            return false;
        }
        await RotateAsync(cancellationToken);
        return true;
    }

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = WbsClaims.Issuer };
        foreach (var key in await GetPublishedKeysAsync(cancel))
        {
            configuration.SigningKeys.Add(key.PublicKey);
        }
        return configuration;
    }

    /// <summary>JwtBearer asks for this when a token names an unknown key (e.g. rotated by another instance).</summary>
    public void RequestRefresh() => _refreshRequested = true;

    private static LoadedSigningKey? Active(IReadOnlyList<LoadedSigningKey> keys, DateTimeOffset now) =>
        keys.Where(k => k.ActivatesAt <= now && (k.RetiredAt is null || k.RetiredAt > now)).MaxBy(k => k.ActivatesAt);

    private async Task<IReadOnlyList<LoadedSigningKey>> GetKeysAsync(CancellationToken cancellationToken)
    {
        var age = clock.GetElapsedTime(_loadedAt);
        if (!_loaded || age > options.Value.SigningKeys.RefreshInterval || (_refreshRequested && age > MinRefreshGap))
        {
            return await ReloadAsync(cancellationToken);
        }
        return _keys;
    }

    private async Task<IReadOnlyList<LoadedSigningKey>> ReloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var rows = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);
            _keys = [.. rows.Select(Open)];
            _loadedAt = clock.GetTimestamp();
            _loaded = true;
            _refreshRequested = false;
            return _keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ChangeKeysAsync(bool rotate, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockId})", cancellationToken);
            var now = clock.GetUtcNow();
            // Keys not scheduled to retire: the active one, or one already waiting to take over.
            var current = await db.SigningKeys.Where(k => k.RetiredAt == null).ToListAsync(cancellationToken);
            var needed = current.Count == 0 || (rotate && current.All(k => k.ActivatesAt <= now));
            if (needed)
            {
                var activatesAt = current.Count == 0 ? now : now + options.Value.SigningKeys.ActivationDelay;
                foreach (var key in current)
                {
                    key.RetiredAt = activatesAt;
                }
                db.SigningKeys.Add(Create(now, activatesAt));
                // A key retired longer ago than any token lives signs nothing still valid: forget it.
                var obsolete = now - PublicationGrace;
                await db.SigningKeys.Where(k => k.RetiredAt != null && k.RetiredAt < obsolete).ExecuteDeleteAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
        }
        await ReloadAsync(cancellationToken);
    }

    private SigningKey Create(DateTimeOffset now, DateTimeOffset activatesAt)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        var pkcs8 = ecdsa.ExportPkcs8PrivateKey();
        try
        {
            return new SigningKey { Id = id, SealedPrivateKey = cipher.Seal(pkcs8, AssociatedData(id)), CreatedAt = now, ActivatesAt = activatesAt };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private LoadedSigningKey Open(SigningKey row)
    {
        var pkcs8 = cipher.Open(row.SealedPrivateKey, AssociatedData(row.Id));
        var privateKey = ECDsa.Create();
        privateKey.ImportPkcs8PrivateKey(pkcs8, out _);
        CryptographicOperations.ZeroMemory(pkcs8);
        var parameters = privateKey.ExportParameters(includePrivateParameters: false);
        var publicKey = ECDsa.Create(parameters);
        var jwk = new PublicJsonWebKey("EC", "P-256", Base64UrlEncoder.Encode(parameters.Q.X!), Base64UrlEncoder.Encode(parameters.Q.Y!),
            row.Id, "sig", SecurityAlgorithms.EcdsaSha256);
        return new LoadedSigningKey(row.Id, row.CreatedAt, row.ActivatesAt, row.RetiredAt,
            new ECDsaSecurityKey(privateKey) { KeyId = row.Id }, new ECDsaSecurityKey(publicKey) { KeyId = row.Id }, jwk);
    }

    private static byte[] AssociatedData(string keyId) => Encoding.ASCII.GetBytes($"wbs-identity/signing-key/{keyId}");
}
