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

    /// <summary>Cleans into a seekable <paramref name="output"/>, finished in place.</summary>
    /// <exception cref="InvalidEvidenceException">The file is damaged, truncated or cannot be cleaned safely.</exception>
    /// <exception cref="CleaningBudgetExceededException">Cleaning took longer than the budget.</exception>
    public static IReadOnlyList<string> Clean(EvidenceKind kind, Stream input, Stream output, long uploadLimit, CleaningBudget budget)
    {
        input.Position = 0;
        var cleaned = Run(kind, input, output, uploadLimit, budget);
        if (cleaned.ToBlank.Count > 0)
        {
            BlankInPlace(output, cleaned.ToBlank);
        }
        return cleaned.Removed;
    }

    /// <summary>The kinds whose cleaner reads and writes forward only (<see cref="CleanForward"/>): video and audio in ISO boxes.</summary>
    public static bool CleansForward(EvidenceKind kind) => kind.IsIsoMedia;

    /// <summary>
    /// Cleans a kind that <see cref="CleansForward"/> from <paramref name="input"/> as it is read (it need not seek,
    /// so an upload can be cleaned while it arrives) into <paramref name="output"/> (which need not seek either).
    /// The ranges in the result must still be overwritten with zeros before the file is kept.
    /// </summary>
    /// <exception cref="InvalidEvidenceException">The file is damaged, truncated or cannot be cleaned safely.</exception>
    /// <exception cref="CleaningBudgetExceededException">Cleaning took longer than the budget.</exception>
    public static CleanedFile CleanForward(EvidenceKind kind, Stream input, Stream output, CleaningBudget budget)
    {
        if (!CleansForward(kind))
        {
            throw new ArgumentException($"{kind.Name} is not cleaned forward.", nameof(kind));
        }
        return Run(kind, input, output, uploadLimit: 0, budget);
    }

    private static CleanedFile Run(EvidenceKind kind, Stream input, Stream output, long uploadLimit, CleaningBudget budget)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var from = new BudgetedStream(input, budget);
        var to = new BudgetedStream(output, budget);
        IReadOnlyList<ByteRange> toBlank;
        try
        {
            toBlank = CleanAs(kind, from, to, removed, uploadLimit * MaxExpansionFactor);
        }
        catch (Exception ex) when (DamagedFile.Tripped(ex))
        {
            throw new InvalidEvidenceException($"Damaged file: {ex.GetType().Name}");
        }
        output.Flush();
        return new CleanedFile([.. removed], toBlank);
    }

    private static void BlankInPlace(Stream output, IReadOnlyList<ByteRange> ranges)
    {
        var end = output.Position;
        var zeros = new byte[64 * 1024];
        foreach (var range in ranges)
        {
            output.Position = range.Offset;
            for (var left = range.Length; left > 0; left -= zeros.Length)
            {
                output.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
            }
        }
        output.Position = end;
        output.Flush();
    }

    private static IReadOnlyList<ByteRange> CleanAs(EvidenceKind kind, Stream input, Stream output, ISet<string> removed, long maxExpanded)
    {
        if (kind.IsIsoMedia) return IsoMediaCleaner.Clean(input, output, removed);
        if (kind == EvidenceKinds.Jpeg) JpegCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Png) PngCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.WebP) WebPCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Gif) GifCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Pdf) PdfCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Mp3) Mp3Cleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Wav) WavCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Ogg) OggCleaner.Clean(input, output, removed);
        else if (kind == EvidenceKinds.Docx || kind == EvidenceKinds.Xlsx || kind == EvidenceKinds.Pptx) PackageCleaner.CleanOfficeOpenXml(input, output, removed, maxExpanded);
        else if (kind == EvidenceKinds.Odt || kind == EvidenceKinds.Ods) PackageCleaner.CleanOpenDocument(input, output, removed, maxExpanded);
        else if (kind == EvidenceKinds.Text || kind == EvidenceKinds.Csv) input.CopyTo(output);
        else throw new InvalidOperationException($"No cleaner for accepted kind {kind.Name}.");
        return [];
    }
}
