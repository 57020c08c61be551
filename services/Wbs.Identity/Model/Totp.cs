using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Wbs.Identity.Model;

/// <summary>RFC 6238 time-based one-time passwords (RFC 4226 HOTP over 30-second steps).</summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;
    /// <summary>Codes of the previous and the next step are accepted too, for clocks that drift a little.</summary>
    public const int AllowedDrift = 1;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Compute(ReadOnlySpan<byte> secret, long step, int digits = Digits, HashAlgorithmName? algorithm = null)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var name = algorithm ?? HashAlgorithmName.SHA1;
        byte[] hash = name == HashAlgorithmName.SHA1 ? HMACSHA1.HashData(secret, counter)
            : name == HashAlgorithmName.SHA256 ? HMACSHA256.HashData(secret, counter)
            : name == HashAlgorithmName.SHA512 ? HMACSHA512.HashData(secret, counter)
            : throw new ArgumentOutOfRangeException(nameof(algorithm));
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % (int)Math.Pow(10, digits);
        return binary.ToString().PadLeft(digits, '0');
    }

    /// <summary>
    /// Finds the step (now ± drift) whose code is <paramref name="code"/> and that is later than
    /// <paramref name="lastUsedStep"/>, so an observed code can never be replayed.
    /// </summary>
    public static bool TryVerify(ReadOnlySpan<byte> secret, string? code, DateTimeOffset now, long lastUsedStep, out long matchedStep)
    {
        matchedStep = 0;
        var candidate = code?.Replace(" ", "", StringComparison.Ordinal);
        if (candidate is not { Length: Digits } || !candidate.All(char.IsAsciiDigit))
        {
            return false;
        }
        var current = StepAt(now);
        var found = false;
        for (var step = current - AllowedDrift; step <= current + AllowedDrift; step++)
        {
            // Every candidate is computed and compared in constant time, so timing tells nothing.
            var expected = Compute(secret, step);
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(candidate))
                && step > lastUsedStep && !found)
            {
                matchedStep = step;
                found = true;
            }
        }
        return found;
    }

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(20);

    public static string EnrolmentUri(string issuer, string account, byte[] secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}" +
        $"?secret={Base32.Encode(secret)}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";
}
