using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>
/// Proof-of-work challenges as API.md "Proof of work (v1.1)" describes. A challenge is verifiable
/// without any stored state: it carries its difficulty, expiry and 16 random bytes, sealed with an
/// HMAC over those and the tenant and route family it is bound to. Only the single-use rule needs
/// memory: <see cref="SpentChallenges"/>, which forgets each entry when the challenge expires.
/// Nothing about the caller goes into a challenge.
/// </summary>
public sealed class ProofOfWorkChallenges(IOptions<AbuseOptions> options, SpentChallenges spent, TimeProvider clock)
{
    public const string Header = "Proof-Of-Work";
    public const string Algorithm = "sha256";
    private const byte Version = 1;
    private const int PayloadLength = 1 + 1 + 8 + 16;
    private const int MacLength = 16;
    private const int MaxNonceLength = 128;

    private readonly byte[] _key = ReadKey(options.Value.ProofOfWork.Key);

    public ProofOfWorkOptions Options => options.Value.ProofOfWork;

    public string Issue(string tenant, string family, int difficulty)
    {
        Span<byte> token = stackalloc byte[PayloadLength + MacLength];
        token[0] = Version;
        token[1] = (byte)Math.Clamp(difficulty, 1, 32);
        BinaryPrimitives.WriteInt64BigEndian(token[2..], (clock.GetUtcNow() + Options.Lifetime).ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(token.Slice(10, 16));
        Mac(tenant, family, token[..PayloadLength], token[PayloadLength..]);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>Checks a <c>Proof-Of-Work</c> header; a valid one is spent, so it never passes twice.</summary>
    public ProofOfWorkCheck Verify(string? header, string tenant, string family, int requiredDifficulty)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new(ProofOfWorkOutcome.Missing, 0);
        }
        var dot = header.IndexOf('.');
        if (dot <= 0 || header.Length - dot - 1 is < 1 or > MaxNonceLength || !IsNonce(header.AsSpan(dot + 1)))
        {
            return new(ProofOfWorkOutcome.Invalid, 0);
        }
        Span<byte> token = stackalloc byte[PayloadLength + MacLength + 2];
        if (!Base64Url.TryDecodeFromChars(header.AsSpan(0, dot), token, out var length) || length != PayloadLength + MacLength
            || token[0] != Version)
        {
            return new(ProofOfWorkOutcome.Invalid, 0);
        }
        token = token[..length];
        Span<byte> expected = stackalloc byte[MacLength];
        Mac(tenant, family, token[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, token[PayloadLength..]))
        {
            return new(ProofOfWorkOutcome.Invalid, 0);
        }
        int difficulty = token[1];
        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(token[2..]));
        if (expires <= clock.GetUtcNow())
        {
            return new(ProofOfWorkOutcome.Expired, difficulty);
        }
        if (difficulty < requiredDifficulty)
        {
            return new(ProofOfWorkOutcome.TooEasy, difficulty);
        }
        if (!HasLeadingZeroBits(header, difficulty))
        {
            return new(ProofOfWorkOutcome.Unsolved, difficulty);
        }
        return spent.TrySpend(Convert.ToHexString(token.Slice(10, 16)), expires)
            ? new(ProofOfWorkOutcome.Valid, difficulty)
            : new(ProofOfWorkOutcome.Replayed, difficulty);
    }

    /// <summary>What a client does: the first decimal nonce whose hash starts with <paramref name="difficulty"/> zero bits.</summary>
    public static string Solve(string challenge, int difficulty, CancellationToken cancellationToken = default)
    {
        for (long nonce = 0; ; nonce++)
        {
            if ((nonce & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var candidate = $"{challenge}.{nonce.ToString(CultureInfo.InvariantCulture)}";
            if (HasLeadingZeroBits(candidate, difficulty))
            {
                return candidate;
            }
        }
    }

    public static bool HasLeadingZeroBits(string text, int bits)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var whole = bits / 8;
        if (hash[..whole].ContainsAnyExcept((byte)0))
        {
            return false;
        }
        var rest = bits % 8;
        return rest == 0 || hash[whole] >> (8 - rest) == 0;
    }

    private void Mac(string tenant, string family, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        var bound = Encoding.UTF8.GetBytes($"wbs-pow\n{tenant}\n{family}\n");
        var message = new byte[bound.Length + payload.Length];
        bound.CopyTo(message, 0);
        payload.CopyTo(message.AsSpan(bound.Length));
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, message, full);
        full[..destination.Length].CopyTo(destination);
    }

    /// <summary>Base64url (with or without its trailing <c>=</c> padding) or decimal: API.md's "any base64url or decimal string".</summary>
    private static bool IsNonce(ReadOnlySpan<char> nonce)
    {
        var unpadded = nonce.TrimEnd('=');
        if (unpadded.IsEmpty || nonce.Length - unpadded.Length > 2)
        {
            return false;
        }
        foreach (var c in unpadded)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }
        return true;
    }

    private static byte[] ReadKey(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return RandomNumberGenerator.GetBytes(32);
        }
        var key = Convert.FromBase64String(configured.Trim());
        return key.Length == 32 ? key : throw new InvalidOperationException("Abuse:ProofOfWork:Key must be 32 bytes (base64).");
    }
}
