namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Rewrites a WAV (RIFF/WAVE) file with only the chunks needed to play it — <c>fmt </c>, <c>data</c>
/// and <c>fact</c> — dropping LIST/INFO (artist, software, dates, comments), broadcast extensions,
/// iXML, XMP (<c>_PMX</c>), ID3 and the rest, and recomputing the RIFF size.
/// </summary>
public static class WavCleaner
{
    private static readonly string[] Essential = ["fmt ", "data", "fact"];

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        var chunks = RiffContainer.Index(input, "WAVE"u8, removed);
        var kept = new List<RiffChunk>();
        foreach (var chunk in chunks)
        {
            if (Essential.Contains(chunk.FourCc))
            {
                kept.Add(chunk);
                continue;
            }
            removed.Add(chunk.FourCc switch
            {
                "LIST" when ListType(input, chunk) == "INFO" => MetadataLabels.RiffInfo,
                "_PMX" => MetadataLabels.Xmp,
                "id3 " or "ID3 " => MetadataLabels.Id3v2,
                _ => MetadataLabels.ApplicationData,
            });
        }
        if (!kept.Any(c => c.FourCc == "fmt ") || !kept.Any(c => c.FourCc == "data"))
        {
            throw new InvalidEvidenceException("A WAV needs a fmt and a data chunk.");
        }

        RiffContainer.WriteHeader(output, "WAVE"u8, kept);
        foreach (var chunk in kept)
        {
            RiffContainer.CopyChunk(input, output, chunk);
        }
    }

    private static string ListType(Stream input, RiffChunk chunk)
    {
        if (chunk.Size < 4)
        {
            return "";
        }
        var type = new byte[4];
        input.Position = chunk.Offset;
        input.ReadExactly(type);
        return System.Text.Encoding.ASCII.GetString(type);
    }
}
