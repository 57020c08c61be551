using System.Security.Cryptography;
using Wbs.ServiceDefaults.Security;

namespace Wbs.ServiceDefaults.Tests;

public sealed class ComplaintCodeTests
{
    [Fact]
    public void Codes_carry_at_least_80_bits_in_an_unambiguous_grouped_alphabet()
    {
        Assert.True(ComplaintCode.EntropyBits >= 80);
        Assert.Equal(32, ComplaintCode.Alphabet.Distinct().Count());
        Assert.DoesNotContain('0', ComplaintCode.Alphabet);
        Assert.DoesNotContain('O', ComplaintCode.Alphabet);
        Assert.DoesNotContain('1', ComplaintCode.Alphabet);
        Assert.DoesNotContain('I', ComplaintCode.Alphabet);
        var code = ComplaintCode.Generate();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}-[2-9A-HJ-NP-Z]{2}$", code);
    }

    [Fact]
    public void Generated_codes_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => ComplaintCode.Generate()).ToHashSet();
        Assert.Equal(10_000, codes.Count);
    }

    [Theory]
    [InlineData("k7qd-3mwt-9xpa-2hbn-q4", "K7QD3MWT9XPA2HBNQ4")]
    [InlineData(" K7QD 3MWT 9XPA 2HBN Q4 ", "K7QD3MWT9XPA2HBNQ4")]
    [InlineData("K7QD3MWT9XPA2HBNQ4", "K7QD3MWT9XPA2HBNQ4")]
    public void Normalize_forgives_case_spaces_and_dashes(string input, string expected) =>
        Assert.Equal(expected, ComplaintCode.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QD-3MWT-9XPA-2HBN")]
    [InlineData("K7QD-3MWT-9XPA-2HBN-Q4X")]
    [InlineData("K7QD-3MWT-9XPA-2HBN-Q0")]
    [InlineData("K7QD-3MWT-9XPA-2HBN-Q!")]
    public void Normalize_rejects_what_cannot_be_a_code(string? input) => Assert.Null(ComplaintCode.Normalize(input));

    [Fact]
    public void Digest_is_keyed_stable_and_ignores_formatting()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var digester = new ComplaintCodeDigester(key);
        var code = ComplaintCode.Generate();

        var digest = digester.Digest(code);
        Assert.Equal(digest, digester.Digest(code.ToLowerInvariant().Replace("-", " ")));
        Assert.Matches("^[0-9a-f]{64}$", digest!);
        Assert.NotEqual(digest, new ComplaintCodeDigester(RandomNumberGenerator.GetBytes(32)).Digest(code));
        Assert.NotEqual(digest, digester.Digest(ComplaintCode.Generate()));
        Assert.Null(digester.Digest("bukan kode"));
    }
}
