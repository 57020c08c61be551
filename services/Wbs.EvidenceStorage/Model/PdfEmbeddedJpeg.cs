namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Blanks a JPEG inside a PDF in place: every segment before the scan that <see cref="JpegCleaner"/>
/// would drop (EXIF with GPS and camera, XMP, IPTC, comments, other application data) becomes a
/// comment segment of spaces (or zero bytes) of the same length, so the PDF's
/// stream lengths and offsets stay valid.
/// </summary>
internal static class PdfEmbeddedJpeg
{
    private const int Marker = 0xFF, Soi = 0xD8, Sos = 0xDA, Com = 0xFE, App1 = 0xE1;

    /// <param name="fill">What blanked segments are filled with: spaces, or zero bytes where the picture is ASCII85
    /// encoded again afterwards (four zero bytes take one character there, so the encoding never grows).</param>
    /// <returns>Where the examined part ends (the start of the scan).</returns>
    public static long Blank(Stream file, long start, ISet<string> removed, byte fill = (byte)' ')
    {
        file.Position = start;
        if (file.ReadByte() != Marker || file.ReadByte() != Soi)
        {
            // Another filter runs before the JPEG decoder: its segments cannot be seen.
            throw new EvidenceRefusedException(PdfStreamScrubber.CannotCheckAdvice);
        }
        var found = new SortedSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (file.ReadByte() != Marker)
            {
                throw new InvalidEvidenceException("JPEG marker expected in a PDF image.");
            }
            int marker;
            while ((marker = file.ReadByte()) == Marker)
            {
            }
            if (marker < 0)
            {
                throw new InvalidEvidenceException("A PDF image ends early.");
            }
            if (marker is (>= 0xD0 and <= 0xD7) or 0x01)
            {
                continue;
            }
            var high = file.ReadByte();
            var low = file.ReadByte();
            if (low < 0 || ((high << 8) | low) < 2)
            {
                throw new InvalidEvidenceException("Bad JPEG segment in a PDF image.");
            }
            var payload = new byte[((high << 8) | low) - 2];
            file.ReadExactly(payload);
            if (marker == Sos)
            {
                break;
            }
            if (JpegCleaner.DropLabel(marker, payload) is { } label && !IsBlank(marker, payload))
            {
                if (marker == App1 && label == MetadataLabels.Exif)
                {
                    ExifInspector.Describe(payload, 6, found);
                }
                found.Add(label);
                payload.AsSpan().Fill(fill);
                file.Position = file.Position - payload.Length - 3;
                file.WriteByte(Com);
                file.Position += 2;
                file.Write(payload);
            }
        }
        if (found.Count > 0)
        {
            removed.UnionWith(found);
            removed.Add(MetadataLabels.EmbeddedImages);
        }
        return file.Position;
    }

    /// <summary>A comment of spaces or zero bytes is what this cleaner leaves: cleaning again changes nothing.</summary>
    private static bool IsBlank(int marker, ReadOnlySpan<byte> payload) => marker == Com && !payload.ContainsAnyExcept((byte)' ', (byte)0);
}
