namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Removes identifying metadata from the types that carry it in known places. Other allowed types
/// are copied unchanged. Returns the labels of what was removed, sorted. The streams should be
/// buffered (the scratch files are), since the image parsers read byte by byte.
/// </summary>
public static class MetadataCleaner
{
    /// <summary>A package may expand to at most this many times the upload limit.</summary>
    public const int MaxExpansionFactor = 20;

    public static IReadOnlyList<string> Clean(EvidenceKind kind, Stream input, Stream output, long uploadLimit)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        input.Position = 0;
        var maxExpanded = uploadLimit * MaxExpansionFactor;
        if (kind == EvidenceKinds.Jpeg) JpegCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Png) PngCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.WebP) WebPCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Gif) GifCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Pdf) PdfCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Mp3) Mp3Cleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Wav) WavCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Docx || kind == EvidenceKinds.Xlsx || kind == EvidenceKinds.Pptx) PackageCleaner.CleanOfficeOpenXml(input, output, removed, maxExpanded);
        else if (kind == EvidenceKinds.Odt || kind == EvidenceKinds.Ods) PackageCleaner.CleanOpenDocument(input, output, removed, maxExpanded);
        else input.CopyTo(output);
        output.Flush();
        return [.. removed];
    }
}
