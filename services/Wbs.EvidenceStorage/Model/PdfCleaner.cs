namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Blanks who made a PDF and with what, in place: the string values of the document information
/// dictionary's /Author, /Creator, /Producer, /Subject and /Keywords, and the matching properties
/// of XMP metadata streams (<see cref="PdfXmpScrubber"/>). Every replacement has exactly the length
/// of what it replaces (spaces), so byte offsets, stream lengths and the cross-reference table stay
/// valid; earlier revisions kept by incremental updates are blanked too. /Title stays. Compressed
/// object streams and metadata streams, embedded JPEGs and active content are handled by
/// <see cref="PdfStreamScrubber"/>.
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
        BlankMetadata(output, origin, removed);
        PdfStreamScrubber.Clean(output, origin, removed);
        output.Position = output.Length;
    }

    /// <summary>Blanks Info values and XMP properties visible as plain bytes from <paramref name="origin"/> on.</summary>
    internal static void BlankMetadata(Stream output, long origin, ISet<string> removed)
    {
        // Every byte is examined a bounded number of times whatever the file holds: hits inside a
        // region already examined are skipped, and each XMP opener is paired with the next closer.
        var hits = PatternScanner.FindAll(output, origin, [.. InfoKeys, XmpStart, XmpEnd]);
        var ends = hits.Where(h => ReferenceEquals(h.Pattern, XmpEnd)).Select(h => h.Position).ToList();
        var nextEnd = 0;
        long examinedUntil = 0;
        foreach (var (position, pattern) in hits)
        {
            if (position < examinedUntil || ReferenceEquals(pattern, XmpEnd))
            {
                continue;
            }
            if (ReferenceEquals(pattern, XmpStart))
            {
                while (nextEnd < ends.Count && ends[nextEnd] < position)
                {
                    nextEnd++;
                }
                if (nextEnd == ends.Count)
                {
                    continue;
                }
                var packetEnd = ends[nextEnd] + XmpEnd.Length;
                if (packetEnd - position > MaxXmpBytes)
                {
                    throw new InvalidEvidenceException("An XMP packet is too large to clean.");
                }
                if (Patch(output, position, (int)(packetEnd - position), PdfXmpScrubber.Blank))
                {
                    removed.Add(MetadataLabels.Xmp);
                }
                examinedUntil = packetEnd;
            }
            else
            {
                var start = position + pattern.Length;
                var (changed, examined) = PatchInfoValue(output, start);
                if (changed)
                {
                    removed.Add(MetadataLabels.DocumentInfo);
                }
                examinedUntil = start + examined;
            }
        }
    }

    /// <summary>Reads a small window first and a larger one only when a string runs past it.</summary>
    private static (bool Changed, int Examined) PatchInfoValue(Stream file, long position)
    {
        var small = (int)Math.Min(256, file.Length - position);
        var result = PatchWindow(file, position, small);
        return result.Examined >= small && small < file.Length - position
            ? PatchWindow(file, position, (int)Math.Min(MaxValueBytes, file.Length - position))
            : result;
    }

    private static (bool Changed, int Examined) PatchWindow(Stream file, long position, int length)
    {
        var window = new byte[length];
        file.Position = position;
        file.ReadExactly(window);
        var (changed, examined) = BlankInfoValue(window);
        if (changed)
        {
            file.Position = position;
            file.Write(window);
        }
        return (changed, examined);
    }

    /// <summary>Reads the window at <paramref name="position"/>, lets <paramref name="blank"/> change it in place, writes it back if changed.</summary>
    private static bool Patch(Stream file, long position, int length, Func<Span<byte>, bool> blank)
    {
        var window = new byte[length];
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
    /// <returns>Whether anything was blanked, and how many bytes of the window were looked at.</returns>
    private static (bool Changed, int Examined) BlankInfoValue(byte[] window)
    {
        if (window.Length == 0 || !IsDelimiter(window[0]))
        {
            return (false, 0);
        }
        var i = 0;
        while (i < window.Length && IsWhitespace(window[i]))
        {
            i++;
        }
        if (i >= window.Length)
        {
            return (false, i);
        }
        return window[i] switch
        {
            (byte)'(' => BlankLiteral(window, i),
            (byte)'<' when i + 1 < window.Length && window[i + 1] != '<' => BlankHex(window, i),
            _ => (false, i),
        };
    }

    private static (bool Changed, int Examined) BlankLiteral(byte[] window, int start)
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
                        return (Fill(window.AsSpan(start + 1, j - start - 1)), j + 1);
                    }
                    break;
            }
        }
        return (false, window.Length);
    }

    /// <summary>Hex digits become <c>20</c> pairs: the same number of digits, decoding to spaces.</summary>
    private static (bool Changed, int Examined) BlankHex(byte[] window, int start)
    {
        var end = Array.IndexOf(window, (byte)'>', start);
        if (end < 0)
        {
            return (false, window.Length);
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
                return (false, end + 1);
            }
            var blank = digit++ % 2 == 0 ? (byte)'2' : (byte)'0';
            changed |= b != blank;
            b = blank;
        }
        return (changed, end + 1);
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

    internal static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    internal static bool IsDelimiter(byte b) => IsWhitespace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
