using System.Security.Cryptography;
using System.Text;

namespace Wbs.Identity.Tests;

public sealed class TotpTests
{
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Seed = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    // RFC 6238, appendix B.
    [Theory]
    [InlineData(59L, "94287082", "46119246", "90693936")]
    [InlineData(1111111109L, "07081804", "68084774", "25091201")]
    [InlineData(1111111111L, "14050471", "67062674", "99943326")]
    [InlineData(1234567890L, "89005924", "91819424", "93441116")]
    [InlineData(2000000000L, "69279037", "90698825", "38618901")]
    [InlineData(20000000000L, "65353130", "77737706", "47863826")]
    public void Compute_Rfc6238Vectors_Match(long unixSeconds, string sha1, string sha256, string sha512)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Assert.Equal(sha1, Totp.Compute(Sha1Seed, step, 8));
        Assert.Equal(sha256, Totp.Compute(Sha256Seed, step, 8, HashAlgorithmName.SHA256));
        Assert.Equal(sha512, Totp.Compute(Sha512Seed, step, 8, HashAlgorithmName.SHA512));
        // Six digits (what WBS uses) are the same truncation modulo 10^6.
        Assert.Equal(sha1[2..], Totp.Compute(Sha1Seed, step));
    }

    [Fact]
    public void TryVerify_CurrentAndNeighbouringSteps_Accepted()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = Totp.StepAt(now);
        foreach (var offset in new[] { -1, 0, 1 })
        {
            Assert.True(Totp.TryVerify(Sha1Seed, Totp.Compute(Sha1Seed, step + offset), now, 0, out var matched));
            Assert.Equal(step + offset, matched);
        }
        Assert.False(Totp.TryVerify(Sha1Seed, Totp.Compute(Sha1Seed, step + 2), now, 0, out _));
        Assert.False(Totp.TryVerify(Sha1Seed, Totp.Compute(Sha1Seed, step - 2), now, 0, out _));
    }

    [Fact]
    public void TryVerify_StepAlreadyUsed_Refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = Totp.StepAt(now);
        var code = Totp.Compute(Sha1Seed, step);
        Assert.True(Totp.TryVerify(Sha1Seed, code, now, step - 1, out _));
        Assert.False(Totp.TryVerify(Sha1Seed, code, now, step, out _));
        Assert.False(Totp.TryVerify(Sha1Seed, Totp.Compute(Sha1Seed, step - 1), now, step, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void TryVerify_MalformedCode_Refused(string? code) =>
        Assert.False(Totp.TryVerify(Sha1Seed, code, DateTimeOffset.UtcNow, 0, out _));

    [Fact]
    public void Base32_RoundTripsAndMatchesRfc4648()
    {
        Assert.Equal("MZXW6YTBOI", Base32.Encode("foobar"u8));
        Assert.Equal("foobar"u8.ToArray(), Base32.Decode("mzxw 6ytb oi======"));
        var secret = Totp.NewSecret();
        Assert.Equal(secret, Base32.Decode(Base32.Encode(secret)));
        Assert.Null(Base32.Decode("not base32!"));
    }

    [Fact]
    public void EnrolmentUri_CarriesSecretAndParameters()
    {
        var uri = Totp.EnrolmentUri("WBS banjarnegara", "admin.satu", Sha1Seed);
        Assert.StartsWith("otpauth://totp/WBS%20banjarnegara:admin.satu?secret=", uri);
        Assert.Contains($"secret={Base32.Encode(Sha1Seed)}", uri);
        Assert.Contains("algorithm=SHA1&digits=6&period=30", uri);
    }
}
