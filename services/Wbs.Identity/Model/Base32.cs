using OtpNet;

namespace Wbs.Identity.Model;

/// <summary>RFC 4648 base32 (no padding on output), the encoding authenticator apps expect for TOTP secrets (Otp.NET's codec).</summary>
public static class Base32
{
    public static string Encode(ReadOnlySpan<byte> data) => Base32Encoding.ToString(data.ToArray()).TrimEnd('=');

    /// <summary>Decodes, ignoring case, spaces, dashes and padding; null when a symbol is not base32.</summary>
    public static byte[]? Decode(string? text)
    {
        var cleaned = text?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        if (string.IsNullOrEmpty(cleaned) || !cleaned.All(c => c is >= 'A' and <= 'Z' or >= '2' and <= '7'))
        {
            return null;
        }
        return Base32Encoding.ToBytes(cleaned);
    }
}
