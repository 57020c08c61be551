using System.IO.Compression;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Rebuilds an Office Open XML or OpenDocument package entry by entry, scrubbing the XML parts that
/// name people. OpenDocument's <c>mimetype</c> entry stays first and stored uncompressed. Entry
/// timestamps are reset (they tell when someone edited the file); the total expanded size is bounded
/// so a zip bomb cannot fill the disk. Office documents embedded in an Office Open XML package (a
/// chart's workbook, a pasted spreadsheet) are cleaned the same way, one level deep; embedded OLE
/// objects and other binary embeddings cannot be checked and refuse the file with advice.
/// </summary>
public static class PackageCleaner
{
    private static readonly DateTimeOffset NeutralTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string MacroAdvice =
        "Dokumen berisi makro atau skrip yang tidak dapat diperiksa. Simpan tanpa makro (misalnya .docx/.xlsx biasa) atau sebagai PDF, "
        + "lalu unggah lagi. / The document contains macros or scripts that cannot be checked. Save it without macros (a plain "
        + ".docx/.xlsx) or as PDF, and upload again.";

    private const string EmbeddedObjectAdvice =
        "Dokumen berisi objek tersemat (misalnya objek OLE atau berkas lain di dalam dokumen) yang tidak dapat diperiksa. Salin isinya "
        + "langsung ke dokumen atau simpan sebagai PDF, lalu unggah lagi. / The document contains embedded objects (OLE objects or "
        + "other files inside it) that cannot be checked. Paste their content into the document itself or save it as PDF, and upload again.";

    /// <summary>An embedded document is read into memory to be cleaned: at most this large.</summary>
    private const int MaxEmbeddedBytes = 32 * 1024 * 1024;

    private static readonly string[] EmbeddedPackages = [".docx", ".xlsx", ".pptx"];

    public static void CleanOfficeOpenXml(Stream input, Stream output, ISet<string> removed, long maxExpandedBytes) =>
        CleanOfficeOpenXml(input, output, removed, maxExpandedBytes, nested: false);

    private static void CleanOfficeOpenXml(Stream input, Stream output, ISet<string> removed, long maxExpandedBytes, bool nested) =>
        Rebuild(input, output, removed, maxExpandedBytes, OfficeScrubRules.DroppedOfficeOpenXmlPart, OfficeScrubRules.ForOfficeOpenXml,
            openDocument: false, nested);

    public static void CleanOpenDocument(Stream input, Stream output, ISet<string> removed, long maxExpandedBytes) =>
        Rebuild(input, output, removed, maxExpandedBytes, _ => null, (entry, _) => OfficeScrubRules.ForOpenDocument(entry),
            openDocument: true, nested: false);

    /// <param name="dropPart">Entry name → label when the whole entry is left out.</param>
    private static void Rebuild(Stream input, Stream output, ISet<string> removed, long maxExpandedBytes,
        Func<string, string?> dropPart, Func<string, IReadOnlyDictionary<string, string>, XmlScrubRules?> rulesFor, bool openDocument,
        bool nested)
    {
        try
        {
            using var source = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
            using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var dropped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in source.Entries)
            {
                if (entry.FullName.Length == 0)
                {
                    // A garbled directory record; the copy could not be written under no name.
                    throw new InvalidEvidenceException("A package entry without a name.");
                }
                if (IsActiveContent(entry.FullName))
                {
                    throw new EvidenceRefusedException(MacroAdvice);
                }
                if (IsUncheckableEmbedding(entry.FullName, openDocument, nested))
                {
                    throw new EvidenceRefusedException(EmbeddedObjectAdvice);
                }
                if (dropPart(entry.FullName) is { } label)
                {
                    dropped[entry.FullName] = label;
                    removed.Add(label);
                }
            }
            var entries = source.Entries.Where(e => !dropped.ContainsKey(e.FullName))
                .OrderBy(e => openDocument && e.FullName == "mimetype" ? 0 : 1).ToList();
            var budget = new ExpansionBudget(maxExpandedBytes);
            foreach (var entry in entries)
            {
                var stored = openDocument && entry.FullName == "mimetype";
                var copy = target.CreateEntry(entry.FullName, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                copy.LastWriteTime = NeutralTime;
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }
                using var from = budget.Wrap(entry.Open());
                using var to = copy.Open();
                if (rulesFor(entry.FullName, dropped) is { } rules)
                {
                    XmlScrubber.Scrub(from, to, rules, removed);
                }
                else if (EmbeddedImage(entry.FullName) is { } clean)
                {
                    CleanImage(clean, from, to, removed);
                }
                else if (!openDocument && IsEmbeddedPackage(entry.FullName))
                {
                    CleanEmbeddedPackage(from, to, removed, maxExpandedBytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
            if (entries.Count > 0)
            {
                removed.Add(MetadataLabels.Timestamps);
            }
        }
        catch (InvalidDataException ex)
        {
            // Only the type: the refusal is logged, and a message may name what is inside the package.
            throw new InvalidEvidenceException($"Damaged package: {ex.GetType().Name}");
        }
    }

    /// <summary>VBA projects, ActiveX controls and OpenDocument Basic/scripts: refused, never passed on.</summary>
    private static bool IsActiveContent(string entry) =>
        entry.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
        || entry.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase)
        || entry.Contains("/activeX/", StringComparison.OrdinalIgnoreCase)
        || entry.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase)
        || entry.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmbeddedPackage(string entry) =>
        entry.Contains("/embeddings/", StringComparison.OrdinalIgnoreCase)
        && EmbeddedPackages.Contains(Path.GetExtension(entry), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// OLE objects (<c>oleObject1.bin</c>, an OpenDocument <c>Object 1</c> stored as one binary file),
    /// legacy documents and anything else embedded that is not an Office package; inside an embedded
    /// package, any embedding at all (one level is cleaned, never a package within a package).
    /// </summary>
    private static bool IsUncheckableEmbedding(string entry, bool openDocument, bool nested) =>
        openDocument
            ? entry.Length > 7 && entry.StartsWith("Object ", StringComparison.Ordinal) && entry[7..].All(char.IsAsciiDigit)
            : entry.Contains("/embeddings/", StringComparison.OrdinalIgnoreCase) && (nested || !IsEmbeddedPackage(entry));

    /// <summary>An embedded workbook or document carries its own author and company: cleaned like an upload.</summary>
    private static void CleanEmbeddedPackage(Stream from, Stream to, ISet<string> removed, long maxExpandedBytes)
    {
        using var package = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = from.Read(buffer)) > 0)
        {
            if (package.Length + read > MaxEmbeddedBytes)
            {
                throw new EvidenceRefusedException(EmbeddedObjectAdvice);
            }
            package.Write(buffer, 0, read);
        }
        package.Position = 0;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        CleanOfficeOpenXml(package, to, found, maxExpandedBytes, nested: true);
        found.Remove(MetadataLabels.Timestamps);
        if (found.Count > 0)
        {
            removed.UnionWith(found);
            removed.Add(MetadataLabels.EmbeddedDocuments);
        }
    }

    private static Action<Stream, Stream, ISet<string>>? EmbeddedImage(string entry) =>
        Path.GetExtension(entry).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" or ".jpe" or ".jfif" => JpegCleaner.Clean,
            ".png" => PngCleaner.Clean,
            ".gif" => GifCleaner.Clean,
            _ => null,
        };

    /// <summary>Pictures inside documents carry EXIF like uploaded ones (phone photos pasted into a report).</summary>
    private static void CleanImage(Action<Stream, Stream, ISet<string>> clean, Stream from, Stream to, ISet<string> removed)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        using var buffered = new BufferedStream(from, 64 * 1024);
        clean(buffered, to, found);
        if (found.Count > 0)
        {
            removed.Add(MetadataLabels.EmbeddedImages);
            removed.UnionWith(found.Where(f => f is MetadataLabels.Gps or MetadataLabels.CameraModel or MetadataLabels.CameraSerial or MetadataLabels.Creator));
        }
    }
}
