namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Pictures written inside a page's drawing instructions (<c>BI … ID data EI</c>), as ReportLab and
/// others write small JPEGs: their EXIF, XMP, IPTC and comments are blanked in place like those of
/// <see cref="PdfEmbeddedJpeg"/>, so the content keeps its length. A raw JPEG (<c>/DCT</c>) is blanked
/// where it lies; an ASCII85-encoded one (<c>[/A85 /DCT]</c>) is decoded, blanked with zero bytes,
/// encoded again (never longer) into the old characters' places, the rest spaces. A JPEG behind any other
/// filter cannot be checked and refuses the file.
/// Every byte is parsed a bounded number of times: a header that is not an inline image ends the
/// look where it failed, and a picture's data is passed over once.
/// </summary>
internal static class PdfInlineImages
{
    private static readonly System.Buffers.SearchValues<byte> NumberBytes = System.Buffers.SearchValues.Create("0123456789+-."u8);

    private const int SmallWindow = 256;
    private const int MaxHeaderBytes = 4096;
    private const int MaxEncodedBytes = 16 * 1024 * 1024;
    private const int MaxNesting = 8;

    private static readonly byte[] Begin = "BI"u8.ToArray();

    /// <param name="content">A decoded content stream, or the plain bytes of the whole file.</param>
    public static void Clean(Stream content, long origin, ISet<string> removed)
    {
        long examinedUntil = 0;
        foreach (var (position, _) in PatternScanner.FindAll(content, origin, [Begin]))
        {
            if (position < examinedUntil || !IsToken(content, position))
            {
                continue;
            }
            var afterBegin = position + Begin.Length;
            var header = ReadHeader(content, afterBegin, SmallWindow);
            if (header.DataStart < 0 && header.RanOut && header.Window < MaxHeaderBytes)
            {
                header = ReadHeader(content, afterBegin, MaxHeaderBytes);
            }
            if (header.DataStart < 0)
            {
                examinedUntil = afterBegin + Math.Max(1, header.Stop);
                continue;
            }
            var dataStart = afterBegin + header.DataStart;
            examinedUntil = header.Filters switch
            {
                [] => dataStart,
                _ when !header.Filters.Contains(Filter.Dct) => dataStart,
                [Filter.Dct] => BlankRaw(content, dataStart, removed),
                [Filter.Ascii85, Filter.Dct] => BlankEncoded(content, dataStart, removed),
                _ => throw new EvidenceRefusedException(PdfStreamScrubber.CannotCheckAdvice),
            };
        }
    }

    private enum Filter
    {
        Other,
        Dct,
        Ascii85,
    }

    private readonly record struct Header(long DataStart, Filter[] Filters, int Stop, bool RanOut, int Window);

    private static Header ReadHeader(Stream content, long start, int size)
    {
        var window = new byte[(int)Math.Min(size, content.Length - start)];
        content.Position = start;
        content.ReadExactly(window);
        var parser = new HeaderParser(window);
        var dataStart = parser.Parse();
        return new Header(dataStart, [.. parser.Filters], parser.At, parser.RanOut, window.Length);
    }

    /// <returns>Where the picture ends (after its end-of-image marker).</returns>
    private static long BlankRaw(Stream content, long dataStart, ISet<string> removed)
    {
        var scan = PdfEmbeddedJpeg.Blank(content, dataStart, removed);
        // Inside the compressed picture data every 0xFF is followed by 0x00 or a restart marker: the first
        // end-of-image marker is the picture's end.
        var end = PatternScanner.IndexOf(content, scan, [0xFF, 0xD9]);
        if (end < 0)
        {
            throw new InvalidEvidenceException("An inline PDF picture has no end.");
        }
        return end + 2;
    }

    /// <returns>Where the encoded picture ends (after <c>~&gt;</c>).</returns>
    private static long BlankEncoded(Stream content, long dataStart, ISet<string> removed)
    {
        var end = PatternScanner.IndexOf(content, dataStart, "~>"u8);
        if (end < 0 || end - dataStart > MaxEncodedBytes)
        {
            throw new InvalidEvidenceException("An inline PDF picture has no end or is too large.");
        }
        var encoded = new byte[(int)(end - dataStart)];
        content.Position = dataStart;
        content.ReadExactly(encoded);
        var picture = PdfAscii85.Decode(encoded);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        PdfEmbeddedJpeg.Blank(new MemoryStream(picture, writable: true), 0, found, fill: 0);
        if (found.Count > 0)
        {
            var again = PdfAscii85.Encode(picture);
            if (again.Length > encoded.Count(static b => !PdfCleaner.IsWhitespace(b)))
            {
                throw new EvidenceRefusedException(PdfStreamScrubber.CannotCheckAdvice);
            }
            // The new characters take the old ones' places, line breaks stay where they were (poppler's
            // pdfimages misreads an inline picture laid out as one long line), the rest become spaces.
            var next = 0;
            foreach (ref var b in encoded.AsSpan())
            {
                if (!PdfCleaner.IsWhitespace(b))
                {
                    b = next < again.Length ? again[next++] : (byte)' ';
                }
            }
            content.Position = dataStart;
            content.Write(encoded);
            removed.UnionWith(found);
        }
        return end + 2;
    }

    /// <summary>BI stands alone: a delimiter (or the start) before it and after it.</summary>
    private static bool IsToken(Stream content, long position)
    {
        if (position > 0)
        {
            content.Position = position - 1;
            if (!PdfCleaner.IsDelimiter((byte)content.ReadByte()))
            {
                return false;
            }
        }
        content.Position = position + Begin.Length;
        var after = content.ReadByte();
        return after >= 0 && PdfCleaner.IsDelimiter((byte)after);
    }

    /// <summary>
    /// Reads an inline image's header after <c>BI</c>: key–value pairs up to <c>ID</c> and the one
    /// whitespace byte after it. Anything else (another operator, a broken value) ends the look.
    /// </summary>
    private ref struct HeaderParser(ReadOnlySpan<byte> window)
    {
        private readonly ReadOnlySpan<byte> _window = window;

        public int At { get; private set; }

        public bool RanOut { get; private set; }

        public List<Filter> Filters { get; } = [];

        /// <returns>Where the picture's data starts in the window, or -1.</returns>
        public int Parse()
        {
            while (true)
            {
                SkipWhitespace();
                if (At + 2 >= _window.Length)
                {
                    RanOut = true;
                    return -1;
                }
                if (_window[At] == 'I' && _window[At + 1] == 'D' && PdfCleaner.IsWhitespace(_window[At + 2]))
                {
                    return At + 3;
                }
                if (_window[At] != '/')
                {
                    return -1;
                }
                var key = ReadName();
                SkipWhitespace();
                if (At >= _window.Length)
                {
                    RanOut = true;
                    return -1;
                }
                var ok = key is "/F" or "/Filter" ? ReadFilters() : SkipValue(0);
                if (!ok)
                {
                    return -1;
                }
            }
        }

        private bool ReadFilters()
        {
            if (_window[At] == '/')
            {
                Filters.Add(ToFilter(ReadName()));
                return true;
            }
            if (_window[At] != '[')
            {
                return false;
            }
            At++;
            while (true)
            {
                SkipWhitespace();
                if (At >= _window.Length)
                {
                    RanOut = true;
                    return false;
                }
                if (_window[At] == ']')
                {
                    At++;
                    return true;
                }
                if (_window[At] != '/')
                {
                    return false;
                }
                Filters.Add(ToFilter(ReadName()));
            }
        }

        private static Filter ToFilter(string name) => name switch
        {
            "/DCT" or "/DCTDecode" => Filter.Dct,
            "/A85" or "/ASCII85Decode" => Filter.Ascii85,
            _ => Filter.Other,
        };

        /// <summary>A name, number, keyword, string, array or dictionary; false when none is there.</summary>
        private bool SkipValue(int depth)
        {
            if (depth > MaxNesting || At >= _window.Length)
            {
                RanOut = At >= _window.Length;
                return false;
            }
            var b = _window[At];
            switch (b)
            {
                case (byte)'/':
                    ReadName();
                    return true;
                case (byte)'(':
                    return SkipLiteral();
                case (byte)'<' when At + 1 < _window.Length && _window[At + 1] == '<':
                    return SkipContainer(depth, ">>"u8);
                case (byte)'<':
                    var close = _window[At..].IndexOf((byte)'>');
                    At = close < 0 ? _window.Length : At + close + 1;
                    RanOut = close < 0;
                    return close >= 0;
                case (byte)'[':
                    return SkipContainer(depth, "]"u8);
                default:
                    var start = At;
                    while (At < _window.Length && !PdfCleaner.IsDelimiter(_window[At]))
                    {
                        At++;
                    }
                    var word = _window[start..At];
                    // Numbers and the keywords true, false and null; ID or an operator is no value.
                    return At > start && (word.IndexOfAnyExcept(NumberBytes) < 0 || word.SequenceEqual("true"u8)
                        || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8));
            }
        }

        private bool SkipContainer(int depth, ReadOnlySpan<byte> closer)
        {
            At += closer.Length;
            while (true)
            {
                SkipWhitespace();
                if (At + closer.Length > _window.Length)
                {
                    RanOut = true;
                    return false;
                }
                if (_window[At..].StartsWith(closer))
                {
                    At += closer.Length;
                    return true;
                }
                if (!SkipValue(depth + 1))
                {
                    return false;
                }
            }
        }

        private bool SkipLiteral()
        {
            var depth = 0;
            for (; At < _window.Length; At++)
            {
                switch (_window[At])
                {
                    case (byte)'\\':
                        At++;
                        break;
                    case (byte)'(':
                        depth++;
                        break;
                    case (byte)')' when --depth == 0:
                        At++;
                        return true;
                }
            }
            RanOut = true;
            return false;
        }

        private string ReadName()
        {
            var start = At++;
            while (At < _window.Length && !PdfCleaner.IsDelimiter(_window[At]))
            {
                At++;
            }
            return System.Text.Encoding.Latin1.GetString(_window[start..At]);
        }

        private void SkipWhitespace()
        {
            while (At < _window.Length && PdfCleaner.IsWhitespace(_window[At]))
            {
                At++;
            }
        }
    }
}
