using System.Text.RegularExpressions;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Removes identifying metadata from every accepted type (types it cannot clean are refused before
/// they get here, see <see cref="EvidenceKind.Refusal"/>). Returns the codes of what was removed
/// (<see cref="MetadataLabels"/>), sorted. Every cleaner runs under a <see cref="CleaningBudget"/>:
/// a file that takes too long, or whose request is abandoned, stops the work.
/// </summary>
public static class MetadataCleaner
{
    /// <summary>A package may expand to at most this many times the upload limit.</summary>
    public const int MaxExpansionFactor = 20;

    /// <exception cref="InvalidEvidenceException">The file is damaged, truncated or cannot be cleaned safely.</exception>
    /// <exception cref="CleaningBudgetExceededException">Cleaning took longer than the budget.</exception>
    public static IReadOnlyList<string> Clean(EvidenceKind kind, Stream input, Stream output, long uploadLimit, CleaningBudget budget)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        input.Position = 0;
        var from = new BudgetedStream(input, budget);
        var to = new BudgetedStream(output, budget);
        try
        {
            CleanAs(kind, from, to, removed, uploadLimit * MaxExpansionFactor);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or RegexMatchTimeoutException
                                       or ArgumentOutOfRangeException or OverflowException or FormatException)
        {
            // A truncated or malformed file trips the parsers somewhere other than their own checks:
            // it is the file's fault, and answered as such.
            throw new InvalidEvidenceException($"Damaged file: {ex.GetType().Name}");
        }
        output.Flush();
        return [.. removed];
    }

    private static void CleanAs(EvidenceKind kind, Stream input, Stream output, ISet<string> removed, long maxExpanded)
    {
        if (kind == EvidenceKinds.Jpeg) JpegCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Png) PngCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.WebP) WebPCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Gif) GifCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Pdf) PdfCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Mp3) Mp3Cleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Wav) WavCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Ogg) OggCleaner.Clean(input, output, removed);
        else if (kind.IsIsoMedia) IsoMediaCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Docx || kind == EvidenceKinds.Xlsx || kind == EvidenceKinds.Pptx) PackageCleaner.CleanOfficeOpenXml(input, output, removed, maxExpanded);
        else if (kind == EvidenceKinds.Odt || kind == EvidenceKinds.Ods) PackageCleaner.CleanOpenDocument(input, output, removed, maxExpanded);
        else if (kind == EvidenceKinds.Text || kind == EvidenceKinds.Csv) input.CopyTo(output);
        else throw new InvalidOperationException($"No cleaner for accepted kind {kind.Name}.");
    }
}
