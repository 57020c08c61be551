using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Wbs.CaseManagement.Services;

/// <summary>Signs package manifests with the platform's ECDSA P-256 key (SHA-256, IEEE P1363 signature: r‖s).</summary>
public sealed class PackageSigner : IDisposable
{
    public const string Algorithm = "ES256";
    private readonly ECDsa? _key;

    public PackageSigner(IOptions<ForwardingOptions> options)
    {
        var o = options.Value;
        var pem = !string.IsNullOrWhiteSpace(o.SigningKey) ? o.SigningKey
            : !string.IsNullOrWhiteSpace(o.SigningKeyFile) ? File.ReadAllText(o.SigningKeyFile)
            : null;
        if (pem is null)
        {
            return;
        }
        _key = ECDsa.Create();
        _key.ImportFromPem(pem);
        if (_key.KeySize != 256)
        {
            throw new InvalidOperationException("Forwarding:SigningKey must be an ECDSA P-256 key.");
        }
        var spki = _key.ExportSubjectPublicKeyInfo();
        KeyId = Convert.ToHexStringLower(SHA256.HashData(spki))[..16];
        PublicKeyPem = PemEncoding.WriteString("PUBLIC KEY", spki);
    }

    public bool IsConfigured => _key is not null;
    public string KeyId { get; } = "";
    public string PublicKeyPem { get; } = "";

    public byte[] Sign(byte[] data) =>
        (_key ?? throw new InvalidOperationException("No forwarding signing key is configured.")).SignData(data, HashAlgorithmName.SHA256);

    public void Dispose() => _key?.Dispose();
}
