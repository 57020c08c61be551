using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// The parts of a PDF its plain bytes do not show, cleaned in place or refused:
/// <list type="bullet">
/// <item>compressed object streams and metadata streams (where Info and XMP hide): inflated under a
/// size budget, blanked like the plain file, deflated again and padded to their old length, so every
/// offset stays valid; a stream that does not fit again, or another filter, refuses the file;</item>
/// <item>embedded JPEGs (<c>/DCTDecode</c>): EXIF, XMP, IPTC, comments and other application segments
/// become comments of spaces of the same length;</item>
/// <item>scripts, launch actions, attached files and encryption: refused with advice.</item>
/// </list>
/// Every stream is examined once; a name inside a stream already examined is skipped.
/// </summary>
internal static partial class PdfStreamScrubber
{
    private const int MaxDictionaryBytes = 8 * 1024;
    private const long MaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>A page's drawing instructions inflate far more than metadata: all of them together, at most this much.</summary>
    private const long MaxInflatedContentBytes = 512L * 1024 * 1024;

    public const string ActiveContentAdvice =
        "PDF ini berisi skrip, lampiran tersembunyi atau perintah yang berjalan sendiri saat dibuka; bagian itu tidak dapat "
        + "dibersihkan. Cetak ulang dokumen ke PDF baru (menu Cetak › Simpan sebagai PDF) lalu unggah lagi. / This PDF holds "
        + "scripts, attached files or actions that run when it is opened, which cannot be cleaned. Print it to a new PDF "
        + "(Print › Save as PDF) and upload again.";

    public const string CannotCheckAdvice =
        "Sebagian isi PDF ini tersimpan dalam bentuk yang tidak dapat diperiksa (terenkripsi atau dikodekan khusus), sehingga nama "
        + "penulis atau lokasi di dalamnya tidak dapat dipastikan terhapus. Cetak ulang ke PDF baru (menu Cetak › Simpan sebagai "
        + "PDF) lalu unggah lagi. / Part of this PDF is encrypted or encoded in a way that cannot be checked, so author names or "
        + "locations in it cannot be removed for certain. Print it to a new PDF (Print › Save as PDF) and upload again.";

    private static readonly byte[] ObjectStream = "/ObjStm"u8.ToArray();
    private static readonly byte[] Metadata = "/Metadata"u8.ToArray();
    private static readonly byte[] Jpeg = "/DCTDecode"u8.ToArray();
    private static readonly byte[] Filter = "/Filter"u8.ToArray();
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStream = "endstream"u8.ToArray();

    /// <summary>Names that mean active content or content that cannot be read (a delimiter must follow them).</summary>
    private static readonly byte[][] Refused =
    [
        .. new[] { "/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/GoToE", "/Encrypt" }
            .Select(System.Text.Encoding.ASCII.GetBytes),
    ];

    public static void Clean(Stream file, long origin, ISet<string> removed)
    {
        RefuseActiveContent(file, origin);
        var budget = new ExpansionBudget(MaxInflatedBytes);
        var contentBudget = new ExpansionBudget(MaxInflatedContentBytes);
        long examinedUntil = 0;
        foreach (var (position, pattern) in PatternScanner.FindAll(file, origin, [ObjectStream, Metadata, Jpeg, Filter]))
        {
            if (position < examinedUntil || !FollowedByDelimiter(file, position + pattern.Length))
            {
                continue;
            }
            if (ReferenceEquals(pattern, Metadata) && !IsTypeValue(file, position))
            {
                continue;
            }
            if (FindStream(file, position, out var notAStreamUntil) is not var (dictionary, dataStart))
            {
                // Nothing up to the object's end (or the window's) is a stream dictionary: each byte is looked at once.
                examinedUntil = notAStreamUntil;
                continue;
            }
            examinedUntil = Classify(dictionary) switch
            {
                StreamKind.Jpeg => PdfEmbeddedJpeg.Blank(file, dataStart, removed),
                StreamKind.Metadata => CleanCompressed(file, dictionary, dataStart, budget, removed, Blanking.Metadata),
                StreamKind.Content => CleanCompressed(file, dictionary, dataStart, contentBudget, removed, Blanking.InlineImages),
                _ => FindEndStream(file, dataStart),
            };
        }
        // Pictures inside drawing instructions that are not compressed.
        PdfInlineImages.Clean(file, origin, removed);
    }

    private enum StreamKind
    {
        Other,
        Jpeg,
        Metadata,
        Content,
    }

    private enum Blanking
    {
        Metadata,
        InlineImages,
    }

    /// <summary>
    /// What a stream is, by its dictionary: object streams and XMP hold metadata; a page's drawing
    /// instructions (no /Subtype, or a /Form) may hold inline pictures; pictures, fonts and the rest do not.
    /// </summary>
    private static StreamKind Classify(string dictionary)
    {
        if (HasName(dictionary, "/DCTDecode"))
        {
            return StreamKind.Jpeg;
        }
        if (HasName(dictionary, "/ObjStm") || TypeMetadata().IsMatch(dictionary))
        {
            return StreamKind.Metadata;
        }
        var subtype = SubtypeValue().Match(dictionary);
        var drawing = !subtype.Success || subtype.Groups[1].Value == "Form";
        return drawing && !HasName(dictionary, "/Length1") && !HasName(dictionary, "/XRef") && !HasName(dictionary, "/PatternType")
            ? StreamKind.Content
            : StreamKind.Other;
    }

    private static bool HasName(string dictionary, string name)
    {
        for (var at = dictionary.IndexOf(name, StringComparison.Ordinal); at >= 0; at = dictionary.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var next = at + name.Length;
            if (next == dictionary.Length || PdfCleaner.IsDelimiter((byte)dictionary[next]))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"/Type\s*/Metadata(?![^\s/<>\[\]()%])")]
    private static partial Regex TypeMetadata();

    [GeneratedRegex(@"/Subtype\s*/([^\s/<>\[\]()%]+)")]
    private static partial Regex SubtypeValue();

    private static void RefuseActiveContent(Stream file, long origin)
    {
        foreach (var (position, pattern) in PatternScanner.FindAll(file, origin, Refused))
        {
            if (FollowedByDelimiter(file, position + pattern.Length))
            {
                throw new EvidenceRefusedException(pattern.AsSpan().SequenceEqual("/Encrypt"u8) ? CannotCheckAdvice : ActiveContentAdvice);
            }
        }
    }

    /// <summary>
    /// The dictionary around a name (from the <c>obj</c> before it) and where the stream data after it
    /// starts; null when the object ends before any <c>stream</c> keyword (the name was not in a stream's
    /// dictionary), with <paramref name="notAStreamUntil"/> where that object (or the window looked at) ends.
    /// </summary>
    private static (string Dictionary, long DataStart)? FindStream(Stream file, long position, out long notAStreamUntil)
    {
        var from = Math.Max(0, position - MaxDictionaryBytes);
        var window = Read(file, from, (int)Math.Min(2 * MaxDictionaryBytes, file.Length - from));
        var at = (int)(position - from);
        var objStart = window.AsSpan(0, at).LastIndexOf(" obj"u8);
        var rest = window.AsSpan(at);
        var keyword = IndexOfKeyword(rest);
        var objEnd = rest.IndexOf("endobj"u8);
        notAStreamUntil = from + (objEnd >= 0 ? at + objEnd : window.Length);
        if (keyword < 0 || (objEnd >= 0 && objEnd < keyword))
        {
            return null;
        }
        var dataStart = at + keyword + StreamKeyword.Length;
        if (dataStart < window.Length && window[dataStart] == '\r')
        {
            dataStart++;
        }
        if (dataStart < window.Length && window[dataStart] == '\n')
        {
            dataStart++;
        }
        var dictionary = System.Text.Encoding.Latin1.GetString(window, Math.Max(0, objStart), at + keyword - Math.Max(0, objStart));
        return (dictionary, from + dataStart);
    }

    /// <summary>The first <c>stream</c> keyword that is not the end of <c>endstream</c>.</summary>
    private static int IndexOfKeyword(ReadOnlySpan<byte> span)
    {
        for (var from = 0; ;)
        {
            var index = span[from..].IndexOf(StreamKeyword);
            if (index < 0)
            {
                return -1;
            }
            index += from;
            if (index < 3 || !span[(index - 3)..index].SequenceEqual("end"u8))
            {
                return index;
            }
            from = index + StreamKeyword.Length;
        }
    }

    /// <summary>
    /// Inflates a stream (Flate, or ASCII85 then Flate), blanks what <paramref name="blanking"/> names,
    /// and writes it back compressed in its old length. A metadata stream under another filter refuses
    /// the file; drawing instructions under another filter are left as they are.
    /// </summary>
    /// <returns>Where the examined stream ends.</returns>
    private static long CleanCompressed(Stream file, string dictionary, long dataStart, ExpansionBudget budget, ISet<string> removed, Blanking blanking)
    {
        var dataEnd = FindEndStream(file, dataStart);
        if (!HasName(dictionary, "/Filter"))
        {
            return dataEnd; // plain bytes: the whole-file passes have blanked them
        }
        var filters = FilterChain(dictionary);
        var encoded = filters is ["/ASCII85Decode", "/FlateDecode"];
        if ((filters is not ["/FlateDecode"] && !encoded) || HasName(dictionary, "/DecodeParms")
            || (encoded && blanking == Blanking.Metadata))
        {
            return blanking == Blanking.Metadata ? throw new EvidenceRefusedException(CannotCheckAdvice) : dataEnd;
        }
        var stored = Read(file, dataStart, (int)(dataEnd - dataStart));
        var compressed = encoded ? PdfAscii85.Decode(UpToEnd(stored)) : stored;
        var inflated = new MemoryStream();
        using (var zlib = budget.Wrap(new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress)))
        {
            zlib.CopyTo(inflated);
        }
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (blanking == Blanking.Metadata)
        {
            RefuseActiveContent(inflated, 0);
            PdfCleaner.BlankMetadata(inflated, 0, found);
        }
        else
        {
            PdfInlineImages.Clean(inflated, 0, found);
        }
        if (found.Count == 0)
        {
            return dataEnd;
        }
        var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(inflated.GetBuffer(), 0, (int)inflated.Length);
        }
        var written = deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
        var again = encoded ? PdfAscii85.Encode(written) : written.ToArray();
        var closing = encoded ? "~>"u8 : [];
        if (again.Length + closing.Length > stored.Length)
        {
            throw new EvidenceRefusedException(CannotCheckAdvice);
        }
        // Readers stop at the end of the zlib data (and skip whitespace inside ASCII85): the rest is padding.
        var replacement = new byte[stored.Length];
        again.CopyTo(replacement, 0);
        replacement.AsSpan(again.Length).Fill((byte)'\n');
        closing.CopyTo(replacement.AsSpan(replacement.Length - closing.Length));
        file.Position = dataStart;
        file.Write(replacement);
        removed.UnionWith(found);
        return dataEnd;
    }

    /// <summary>The filter names of a stream dictionary, in order: <c>/Filter /X</c> or <c>/Filter [/X /Y]</c>.</summary>
    private static string[] FilterChain(string dictionary)
    {
        var match = FilterValue().Match(dictionary);
        return match.Success ? [.. match.Groups["name"].Captures.Select(c => c.Value)] : [];
    }

    [GeneratedRegex(@"/Filter\s*(?:(?<name>/[^\s/<>\[\]()%]+)|\[\s*(?:(?<name>/[^\s/<>\[\]()%]+)\s*)*\])")]
    private static partial Regex FilterValue();

    /// <summary>ASCII85 data up to its <c>~&gt;</c> (all of it when the marker is missing).</summary>
    private static ReadOnlySpan<byte> UpToEnd(byte[] stored)
    {
        var end = stored.AsSpan().IndexOf("~>"u8);
        return end < 0 ? stored : stored.AsSpan(0, end);
    }

    /// <summary>Where the stream's data ends (the <c>endstream</c> keyword, without the end-of-line before it).</summary>
    private static long FindEndStream(Stream file, long dataStart)
    {
        var end = PatternScanner.IndexOf(file, dataStart, EndStream);
        if (end < 0)
        {
            throw new InvalidEvidenceException("A PDF stream has no end.");
        }
        var tail = Read(file, Math.Max(dataStart, end - 2), (int)Math.Min(2, end - dataStart));
        return end - (tail.Length == 2 && tail[0] == '\r' && tail[1] == '\n' ? 2 : tail.Length > 0 && tail[^1] is (byte)'\n' or (byte)'\r' ? 1 : 0);
    }

    private static bool IsTypeValue(Stream file, long position)
    {
        var from = Math.Max(0, position - 16);
        var before = Read(file, from, (int)(position - from)).AsSpan().TrimEnd(" \t\r\n\f\0"u8);
        return before.EndsWith("/Type"u8);
    }

    private static bool FollowedByDelimiter(Stream file, long position)
    {
        if (position >= file.Length)
        {
            return true;
        }
        file.Position = position;
        return PdfCleaner.IsDelimiter((byte)file.ReadByte());
    }

    private static byte[] Read(Stream file, long position, int length)
    {
        var bytes = new byte[length];
        file.Position = position;
        file.ReadExactly(bytes);
        return bytes;
    }
}
