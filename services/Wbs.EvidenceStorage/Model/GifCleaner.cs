namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Copies a GIF block by block, streaming, without its comment extensions and without application
/// extensions other than NETSCAPE2.0 (animation looping): XMP and editors' private data live there.
/// Image data, colour tables, graphic control and plain-text extensions stay; nothing after the trailer.
/// </summary>
public static class GifCleaner
{
    private const int Extension = 0x21, ImageDescriptor = 0x2C, Trailer = 0x3B;
    private const int CommentLabel = 0xFE, ApplicationLabel = 0xFF;

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        var header = new byte[13];
        if (input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) != header.Length
            || !(header.AsSpan().StartsWith("GIF87a"u8) || header.AsSpan().StartsWith("GIF89a"u8)))
        {
            throw new InvalidEvidenceException("Not a GIF.");
        }
        output.Write(header);
        CopyColorTable(input, output, header[10]);

        while (true)
        {
            var block = ReadByte(input);
            switch (block)
            {
                case Extension:
                    CopyOrDropExtension(input, output, ReadByte(input), removed);
                    break;
                case ImageDescriptor:
                    var descriptor = new byte[9];
                    input.ReadExactly(descriptor);
                    output.WriteByte(ImageDescriptor);
                    output.Write(descriptor);
                    CopyColorTable(input, output, descriptor[8]);
                    output.WriteByte((byte)ReadByte(input)); // LZW minimum code size
                    CopySubBlocks(input, output);
                    break;
                case Trailer:
                    output.WriteByte(Trailer);
                    if (input.ReadByte() != -1)
                    {
                        removed.Add(MetadataLabels.Trailer);
                    }
                    return;
                default:
                    throw new InvalidEvidenceException("Unknown GIF block.");
            }
        }
    }

    private static void CopyOrDropExtension(Stream input, Stream output, int label, ISet<string> removed)
    {
        string? drop = null;
        byte[]? first = null;
        if (label == CommentLabel)
        {
            drop = MetadataLabels.Comment;
        }
        else if (label == ApplicationLabel)
        {
            var length = ReadByte(input);
            if (length == 0)
            {
                // An application extension without data: its terminator is already read.
                removed.Add(MetadataLabels.ApplicationData);
                return;
            }
            first = new byte[length];
            input.ReadExactly(first);
            drop = first.AsSpan().StartsWith("NETSCAPE2.0"u8) ? null
                : first.AsSpan().StartsWith("XMP DataXMP"u8) ? MetadataLabels.Xmp
                : MetadataLabels.ApplicationData;
        }
        if (drop is not null)
        {
            removed.Add(drop);
            CopySubBlocks(input, Stream.Null);
            return;
        }
        output.WriteByte(Extension);
        output.WriteByte((byte)label);
        if (first is not null)
        {
            output.WriteByte((byte)first.Length);
            output.Write(first);
        }
        CopySubBlocks(input, output);
    }

    /// <summary>Data sub-blocks: a length byte and that many bytes, until a zero length.</summary>
    private static void CopySubBlocks(Stream input, Stream output)
    {
        int length;
        while ((length = ReadByte(input)) != 0)
        {
            output.WriteByte((byte)length);
            StreamCopy.Copy(input, output, length);
        }
        output.WriteByte(0);
    }

    /// <summary>A global or local colour table follows when the packed field's top bit is set.</summary>
    private static void CopyColorTable(Stream input, Stream output, byte packed)
    {
        if ((packed & 0x80) != 0)
        {
            StreamCopy.Copy(input, output, 3 * (1 << ((packed & 0x07) + 1)));
        }
    }

    private static int ReadByte(Stream input) =>
        input.ReadByte() is var b and >= 0 ? b : throw new InvalidEvidenceException("The GIF ends early.");
}
