using System.Security.Cryptography;
using System.Text;
using Wbs.ServiceDefaults.Security;

namespace Wbs.ServiceDefaults.Tests;

public sealed class EnvelopeCipherTests
{
    private readonly EnvelopeCipher _cipher = new(RandomNumberGenerator.GetBytes(32));
    private static readonly byte[] Aad = "banjarnegara/record-1/content"u8.ToArray();

    [Fact]
    public void Round_trip_returns_the_plaintext_and_the_ciphertext_does_not_contain_it()
    {
        var plaintext = Encoding.UTF8.GetBytes("Dugaan pungutan liar di loket pelayanan KTP");

        var sealedValue = _cipher.Seal(plaintext, Aad);

        Assert.DoesNotContain("pungutan", Encoding.UTF8.GetString(sealedValue));
        Assert.Equal(plaintext, _cipher.Open(sealedValue, Aad));
    }

    [Fact]
    public void Each_seal_uses_a_fresh_data_key_and_nonce()
    {
        var plaintext = "sama"u8.ToArray();
        Assert.NotEqual(_cipher.Seal(plaintext, Aad), _cipher.Seal(plaintext, Aad));
    }

    [Fact]
    public void Any_flipped_byte_is_detected()
    {
        var sealedValue = _cipher.Seal("isi laporan rahasia"u8, Aad);
        for (var i = 0; i < sealedValue.Length; i++)
        {
            var tampered = (byte[])sealedValue.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => _cipher.Open(tampered, Aad));
        }
    }

    [Fact]
    public void Another_record_or_key_cannot_open_it()
    {
        var sealedValue = _cipher.Seal("isi"u8, Aad);

        Assert.ThrowsAny<CryptographicException>(() => _cipher.Open(sealedValue, "banjarnegara/record-2/content"u8));
        Assert.ThrowsAny<CryptographicException>(() => new EnvelopeCipher(RandomNumberGenerator.GetBytes(32)).Open(sealedValue, Aad));
        Assert.ThrowsAny<CryptographicException>(() => _cipher.Open(sealedValue.AsSpan(0, 20), Aad));
    }
}
