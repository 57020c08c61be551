using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Cuts the tags off an MP3 and keeps the MPEG audio frames between them: ID3v2 tags at the start
/// (artist, comments, pictures, encoder), and at the end an ID3v1 tag (the last 128 bytes,
/// <c>TAG</c>, with its 227-byte <c>TAG+</c> extension) and an APEv2 tag.
/// </summary>
public static class Mp3Cleaner
{
    private const int Id3v2HeaderSize = 10, Id3v1Size = 128, Id3v1ExtendedSize = 227, ApeFooterSize = 32;

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        var start = SkipId3v2Tags(input, removed);
        var end = CutTrailingTags(input, start, removed);
        input.Position = start;
        Span<byte> sync = stackalloc byte[2];
        if (end - start < 4 || input.ReadAtLeast(sync, 2, throwOnEndOfStream: false) != 2 || sync[0] != 0xFF || (sync[1] & 0xE0) != 0xE0)
        {
            throw new InvalidEvidenceException("No MPEG audio frame after the tags.");
        }
        input.Position = start;
        StreamCopy.Copy(input, output, end - start);
    }

    private static long SkipId3v2Tags(Stream input, ISet<string> removed)
    {
        var header = new byte[Id3v2HeaderSize];
        var position = 0L;
        while (true)
        {
            input.Position = position;
            if (input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) != header.Length || !header.AsSpan().StartsWith("ID3"u8))
            {
                return position;
            }
            if (header[3] == 0xFF || header[4] == 0xFF || header.AsSpan(6).ContainsAnyInRange((byte)0x80, (byte)0xFF))
            {
                throw new InvalidEvidenceException("Bad ID3v2 header.");
            }
            var size = (header[6] << 21) | (header[7] << 14) | (header[8] << 7) | header[9];
            var footer = (header[5] & 0x10) != 0 ? Id3v2HeaderSize : 0;
            position += Id3v2HeaderSize + size + footer;
            if (position > input.Length)
            {
                throw new InvalidEvidenceException("The ID3v2 tag runs past the end of the file.");
            }
            removed.Add(MetadataLabels.Id3v2);
        }
    }

    private static long CutTrailingTags(Stream input, long start, ISet<string> removed)
    {
        var end = input.Length;
        if (end - start >= Id3v1Size && StartsWith(input, end - Id3v1Size, "TAG"u8))
        {
            end -= Id3v1Size;
            removed.Add(MetadataLabels.Id3v1);
            if (end - start >= Id3v1ExtendedSize && StartsWith(input, end - Id3v1ExtendedSize, "TAG+"u8))
            {
                end -= Id3v1ExtendedSize;
            }
        }
        if (end - start >= ApeFooterSize && StartsWith(input, end - ApeFooterSize, "APETAGEX"u8))
        {
            var footer = new byte[ApeFooterSize];
            input.Position = end - ApeFooterSize;
            input.ReadExactly(footer);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(footer.AsSpan(12));
            var hasHeader = (BinaryPrimitives.ReadUInt32LittleEndian(footer.AsSpan(20)) & 0x80000000) != 0;
            var total = size + (hasHeader ? ApeFooterSize : 0L);
            if (total < ApeFooterSize || total > end - start)
            {
                throw new InvalidEvidenceException("Bad APE tag.");
            }
            end -= total;
            removed.Add(MetadataLabels.ApeTag);
        }
        return end;
    }

    private static bool StartsWith(Stream input, long position, ReadOnlySpan<byte> prefix)
    {
        Span<byte> buffer = stackalloc byte[prefix.Length];
        input.Position = position;
        return input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length && buffer.SequenceEqual(prefix);
    }
}
