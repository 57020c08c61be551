using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Wbs.TestSupport;

/// <summary>RFC 6238 codes (SHA-1, 6 digits, 30 s) for signing staff in from tests, as an authenticator app would.</summary>
public static class TestTotp
{
    public static string Compute(string base32Secret, DateTimeOffset at) => ComputeForStep(base32Secret, Step(at));

    public static long Step(DateTimeOffset at) => at.ToUnixTimeSeconds() / 30;

    public static string ComputeForStep(string base32Secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Base32Decode(base32Secret), counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6");
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = input.Trim().TrimEnd('=').Replace(" ", "").ToUpperInvariant();
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return output.ToArray();
    }
}
