using System.Security.Cryptography;

namespace Wbs.TestSupport;

public static class TestKeys
{
    /// <summary>Base64 of 32 random bytes: a key-encryption key or a digest key.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
