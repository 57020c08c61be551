using System.Security.Cryptography;
using System.Text;

namespace Wbs.Intake.Infrastructure;

/// <summary>
/// The keys of one tenant's idempotency record, expanded (HKDF) from the secret <see cref="IdempotencyKeyDeriver"/>
/// extracted from the client's <c>Idempotency-Key</c>: one output per use, so none of them tells anything of another.
/// </summary>
public sealed class IdempotencyKeys
{
    private readonly string _tenant;
    private readonly byte[] _requestKey;
    private readonly EnvelopeCipher _answerCipher;

    internal IdempotencyKeys(string tenant, byte[] secret)
    {
        _tenant = tenant;
        Lookup = Convert.ToHexStringLower(Expand(secret, "lookup"));
        _requestKey = Expand(secret, "request");
        _answerCipher = new EnvelopeCipher(Expand(secret, "answer"));
    }

    /// <summary>What the record is found by: a keyed digest of the Idempotency-Key (the key itself is never kept).</summary>
    public string Lookup { get; }

    /// <summary>An HMAC of the request under a key only the Idempotency-Key derives, to tell a repeat from another request.</summary>
    public string RequestDigest(string request) => Convert.ToHexStringLower(HMACSHA256.HashData(_requestKey, Encoding.UTF8.GetBytes(request)));

    public byte[] SealAnswer(ComplaintCreated answer, Guid recordId) =>
        ComplaintSealer.SealWith(_answerCipher, answer, _tenant, recordId, ComplaintSealer.Purposes.IdempotentAnswer);

    /// <exception cref="CryptographicException">The answer was sealed under another key, tenant or record.</exception>
    public ComplaintCreated OpenAnswer(byte[] sealedAnswer, Guid recordId) =>
        ComplaintSealer.OpenWith<ComplaintCreated>(_answerCipher, sealedAnswer, _tenant, recordId, ComplaintSealer.Purposes.IdempotentAnswer);

    private byte[] Expand(byte[] secret, string use) =>
        HKDF.Expand(HashAlgorithmName.SHA256, secret, 32, Encoding.UTF8.GetBytes($"wbs/idempotency/v1/{use}\n{_tenant}"));
}
