namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Blanks who made a PDF and with what, in place: the string values of the document information
/// dictionary's /Author, /Creator, /Producer, /Subject and /Keywords, and the matching properties
/// of uncompressed XMP metadata streams (<see cref="PdfXmpScrubber"/>). Every replacement has exactly
/// the length of what it replaces (spaces), so byte offsets, stream lengths and the cross-reference
/// table stay valid. /Title stays. Values inside compressed object streams or compressed metadata
/// streams are not visible at this level and are left alone (and not reported).
/// </summary>
public static class PdfCleaner
{
    private const int MaxValueBytes = 64 * 1024;
    private const int MaxXmpBytes = 4 * 1024 * 1024;

    private static readonly byte[][] InfoKeys =
        [.. new[] { "/Author", "/Creator", "/Producer", "/Subject", "/Keywords" }.Select(System.Text.Encoding.ASCII.GetBytes)];

    private static readonly byte[] XmpStart = "<rdf:RDF"u8.ToArray();
    private static readonly byte[] XmpEnd = "</rdf:RDF>"u8.ToArray();

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        Span<byte> head = stackalloc byte[5];
        if (input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) != head.Length || !head.SequenceEqual("%PDF-"u8))
        {
            throw new InvalidEvidenceException("Not a PDF.");
        }
        var origin = output.Position;
        output.Write(head);
        input.CopyTo(output);

        foreach (var (position, pattern) in PatternScanner.FindAll(output, origin, [.. InfoKeys, XmpStart]))
        {
            if (ReferenceEquals(pattern, XmpStart))
            {
                if (Patch(output, position, MaxXmpBytes, BlankXmp))
                {
                    removed.Add(MetadataLabels.Xmp);
                }
            }
            else if (Patch(output, position + pattern.Length, MaxValueBytes, BlankInfoValue))
            {
                removed.Add(MetadataLabels.DocumentInfo);
            }
        }
        output.Position = output.Length;
    }

    /// <summary>Reads a window at <paramref name="position"/>, lets <paramref name="blank"/> change it in place, writes it back if changed.</summary>
    private static bool Patch(Stream file, long position, int maxBytes, Func<byte[], bool> blank)
    {
        var window = new byte[(int)Math.Min(maxBytes, file.Length - position)];
        file.Position = position;
        file.ReadExactly(window);
        if (!blank(window))
        {
            return false;
        }
        file.Position = position;
        file.Write(window);
        return true;
    }

    /// <summary>The value after a key: a literal <c>(…)</c> or hex <c>&lt;…&gt;</c> string; indirect references are left.</summary>
    private static bool BlankInfoValue(byte[] window)
    {
        if (window.Length == 0 || !IsDelimiter(window[0]))
        {
            return false;
        }
        var i = 0;
        while (i < window.Length && IsWhitespace(window[i]))
        {
            i++;
        }
        if (i >= window.Length)
        {
            return false;
        }
        return window[i] switch
        {
            (byte)'(' => BlankLiteral(window, i),
            (byte)'<' when i + 1 < window.Length && window[i + 1] != '<' => BlankHex(window, i),
            _ => false,
        };
    }

    private static bool BlankLiteral(byte[] window, int start)
    {
        var depth = 0;
        for (var j = start; j < window.Length; j++)
        {
            switch (window[j])
            {
                case (byte)'\\':
                    j++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return Fill(window.AsSpan(start + 1, j - start - 1));
                    }
                    break;
            }
        }
        return false;
    }

    /// <summary>Hex digits become <c>20</c> pairs: the same number of digits, decoding to spaces.</summary>
    private static bool BlankHex(byte[] window, int start)
    {
        var end = Array.IndexOf(window, (byte)'>', start);
        if (end < 0)
        {
            return false;
        }
        var body = window.AsSpan(start + 1, end - start - 1);
        var changed = false;
        var digit = 0;
        foreach (ref var b in body)
        {
            if (IsWhitespace(b))
            {
                continue;
            }
            if (!char.IsAsciiHexDigit((char)b))
            {
                return false;
            }
            var blank = digit++ % 2 == 0 ? (byte)'2' : (byte)'0';
            changed |= b != blank;
            b = blank;
        }
        return changed;
    }

    private static bool BlankXmp(byte[] window)
    {
        var end = window.AsSpan().IndexOf(XmpEnd);
        return end >= 0 && PdfXmpScrubber.Blank(window.AsSpan(0, end + XmpEnd.Length));
    }

    /// <summary>Overwrites with spaces; true when anything but whitespace was there.</summary>
    internal static bool Fill(Span<byte> span)
    {
        var changed = false;
        foreach (ref var b in span)
        {
            changed |= !IsWhitespace(b);
            b = (byte)' ';
        }
        return changed;
    }

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => IsWhitespace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
