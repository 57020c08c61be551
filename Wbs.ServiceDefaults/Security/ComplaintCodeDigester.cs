using System.Security.Cryptography;
using System.Text;

namespace Wbs.ServiceDefaults.Security;

/// <summary>HMAC-SHA256 of a normalised complaint code under the platform key: the only form ever stored.</summary>
public sealed class ComplaintCodeDigester(byte[] key)
{
    /// <returns>Lower-case hex digest, or null when the input is not a well-formed code.</returns>
    public string? Digest(string? code) =>
        ComplaintCode.Normalize(code) is { } normalized
            ? Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(normalized)))
            : null;
}
