using SimpleBase;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// The PDF's ASCII85 filter (<c>/ASCII85Decode</c>, <c>/A85</c>): Adobe's alphabet with <c>z</c> for four
/// zero bytes and nothing else (readers do not know the <c>y</c> shortcut some encoders write);
/// whitespace between the characters means nothing; <c>~&gt;</c> ends the data.
/// </summary>
internal static class PdfAscii85
{
    private static readonly Base85 Codec = new(new Base85Alphabet(
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstu", allZeroShortcut: 'z', allSpaceShortcut: null));

    /// <param name="text">The encoded characters, without the closing <c>~&gt;</c>.</param>
    public static byte[] Decode(ReadOnlySpan<byte> text)
    {
        var chars = new char[text.Length];
        var count = 0;
        foreach (var b in text)
        {
            if (PdfCleaner.IsWhitespace(b))
            {
                continue;
            }
            // Checked here: the codec indexes its lookup table with any character it is given.
            if (b is not (>= (byte)'!' and <= (byte)'u' or (byte)'z'))
            {
                throw new InvalidEvidenceException("Bad ASCII85 data in a PDF: a byte outside its alphabet.");
            }
            chars[count++] = (char)b;
        }
        try
        {
            return Codec.Decode(chars.AsSpan(0, count));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidEvidenceException($"Bad ASCII85 data in a PDF: {ex.GetType().Name}");
        }
    }

    /// <summary>The encoded characters, without <c>~&gt;</c>; a run of zero bytes encodes shorter than any other.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data) => System.Text.Encoding.ASCII.GetBytes(Codec.Encode(data));
}
