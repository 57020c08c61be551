using System.Security.Cryptography;
using System.Text;

namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// The reporter's secret: 18 symbols of a 32-symbol alphabet (90 bits), grouped for reading,
/// e.g. <c>K7QD-3MWT-9XPA-2HBN-Q4</c>. The alphabet leaves out 0, 1, I and O; typing them is
/// forgiven on input (O→0 is not in the alphabet, so they simply never match).
/// </summary>
public static class ComplaintCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Symbols = 18;
    public const int EntropyBits = Symbols * 5;

    public static string Generate()
    {
        Span<char> symbols = stackalloc char[Symbols];
        for (var i = 0; i < Symbols; i++)
        {
            symbols[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        var grouped = new StringBuilder(Symbols + 4);
        for (var i = 0; i < Symbols; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append('-');
            }
            grouped.Append(symbols[i]);
        }
        return grouped.ToString();
    }

    /// <summary>Upper-cases and drops separators; null when the input cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return null;
        }
        var sb = new StringBuilder(Symbols);
        foreach (var c in input)
        {
            if (c is '-' or ' ' or '\t')
            {
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper))
            {
                return null;
            }
            sb.Append(upper);
        }
        return sb.Length == Symbols ? sb.ToString() : null;
    }
}
