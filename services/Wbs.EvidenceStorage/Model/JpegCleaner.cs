namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Rewrites a JPEG segment by segment, streaming: drops APP1 (EXIF/XMP), APP13 (IPTC), COM and the
/// other application segments; keeps APP0 (JFIF), APP2 ICC profiles, APP14 (Adobe colour transform),
/// tables, frame and scan headers and the entropy-coded data; drops anything after EOI.
/// </summary>
public static class JpegCleaner
{
    private const int Marker = 0xFF, Soi = 0xD8, Eoi = 0xD9, Sos = 0xDA, App0 = 0xE0, App1 = 0xE1, App2 = 0xE2, App13 = 0xED, App14 = 0xEE, Com = 0xFE;

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        if (input.ReadByte() != Marker || input.ReadByte() != Soi)
        {
            throw new InvalidEvidenceException("Not a JPEG.");
        }
        output.WriteByte(Marker);
        output.WriteByte(Soi);

        var marker = ReadMarker(input);
        while (true)
        {
            if (marker == Eoi)
            {
                output.WriteByte(Marker);
                output.WriteByte(Eoi);
                if (input.ReadByte() != -1)
                {
                    removed.Add(MetadataLabels.Trailer);
                }
                return;
            }
            if (marker is (>= 0xD0 and <= 0xD7) or 0x01)
            {
                output.WriteByte(Marker);
                output.WriteByte((byte)marker);
                marker = ReadMarker(input);
                continue;
            }

            var length = (ReadByteOrThrow(input) << 8) | ReadByteOrThrow(input);
            if (length < 2)
            {
                throw new InvalidEvidenceException("Bad JPEG segment length.");
            }
            var payload = new byte[length - 2];
            input.ReadExactly(payload);
            if (DropLabel(marker, payload) is { } label)
            {
                if (label == MetadataLabels.Exif)
                {
                    ExifInspector.Describe(payload, 6, removed);
                }
                removed.Add(label);
            }
            else
            {
                output.WriteByte(Marker);
                output.WriteByte((byte)marker);
                output.WriteByte((byte)(length >> 8));
                output.WriteByte((byte)length);
                output.Write(payload);
            }
            marker = marker == Sos ? CopyScan(input, output) : ReadMarker(input);
        }
    }

    /// <summary>What a segment holds that must go, or null for a segment that stays.</summary>
    internal static string? DropLabel(int marker, ReadOnlySpan<byte> payload) => marker switch
    {
        App1 when payload.StartsWith("Exif\0"u8) => MetadataLabels.Exif,
        App1 when payload.StartsWith("http://ns.adobe.com/"u8) => MetadataLabels.Xmp,
        App13 => MetadataLabels.Iptc,
        Com => MetadataLabels.Comment,
        App0 or App14 => null,
        App2 when payload.StartsWith("ICC_PROFILE\0"u8) => null,
        >= App0 and <= 0xEF => MetadataLabels.ApplicationData,
        _ => null,
    };

    /// <summary>Copies entropy-coded data up to the next real marker and returns that marker.</summary>
    private static int CopyScan(Stream input, Stream output)
    {
        while (true)
        {
            var b = ReadByteOrThrow(input);
            if (b != Marker)
            {
                output.WriteByte((byte)b);
                continue;
            }
            var next = ReadByteOrThrow(input);
            while (next == Marker)
            {
                next = ReadByteOrThrow(input);
            }
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7)
            {
                output.WriteByte(Marker);
                output.WriteByte((byte)next);
                continue;
            }
            return next;
        }
    }

    private static int ReadMarker(Stream input)
    {
        if (ReadByteOrThrow(input) != Marker)
        {
            throw new InvalidEvidenceException("JPEG marker expected.");
        }
        int marker;
        while ((marker = ReadByteOrThrow(input)) == Marker)
        {
        }
        return marker;
    }

    private static int ReadByteOrThrow(Stream input) =>
        input.ReadByte() is var b and >= 0 ? b : throw new InvalidEvidenceException("The JPEG ends early.");
}
