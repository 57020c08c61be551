namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Rewrites a WebP (RIFF) container without its EXIF and XMP chunks, clearing the matching VP8X
/// flags and recomputing the RIFF size. Two passes over a seekable input: index, then copy.
/// </summary>
public static class WebPCleaner
{
    private const byte XmpFlag = 0x04, ExifFlag = 0x08;

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        var chunks = RiffContainer.Index(input, "WEBP"u8, removed);
        var kept = new List<RiffChunk>();
        foreach (var chunk in chunks)
        {
            switch (chunk.FourCc)
            {
                case "EXIF": removed.Add(MetadataLabels.Exif); break;
                case "XMP ": removed.Add(MetadataLabels.Xmp); break;
                default: kept.Add(chunk); break;
            }
        }

        RiffContainer.WriteHeader(output, "WEBP"u8, kept);
        foreach (var chunk in kept)
        {
            RiffContainer.CopyChunk(input, output, chunk, chunk.FourCc == "VP8X" && chunk.Size >= 1
                ? (from, to) =>
                {
                    to.WriteByte((byte)(from.ReadByte() & ~(XmpFlag | ExifFlag)));
                    StreamCopy.Copy(from, to, chunk.Size - 1);
                }
                : null);
        }
    }
}
