using System.Security.Cryptography;
using OtpNet;

namespace Wbs.Identity.Model;

/// <summary>
/// RFC 6238 time-based one-time passwords (30-second steps, 6 digits) computed by Otp.NET; what WBS
/// adds is the replay guard: a step, once used, is never accepted again.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;
    /// <summary>Codes of the previous and the next step are accepted too, for clocks that drift a little.</summary>
    public const int AllowedDrift = 1;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Compute(ReadOnlySpan<byte> secret, long step, int digits = Digits, HashAlgorithmName? algorithm = null)
    {
        var name = algorithm ?? HashAlgorithmName.SHA1;
        var mode = name == HashAlgorithmName.SHA1 ? OtpHashMode.Sha1
            : name == HashAlgorithmName.SHA256 ? OtpHashMode.Sha256
            : name == HashAlgorithmName.SHA512 ? OtpHashMode.Sha512
            : throw new ArgumentOutOfRangeException(nameof(algorithm));
        var totp = new OtpNet.Totp(secret.ToArray(), StepSeconds, mode, digits);
        return totp.ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * StepSeconds));
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
