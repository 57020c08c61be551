using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Rewrites a WebP (RIFF) container without its EXIF and XMP chunks, clearing the matching VP8X
/// flags and recomputing the RIFF size. Two passes over a seekable input: index, then copy.
/// </summary>
public static class WebPCleaner
{
    private const byte XmpFlag = 0x04, ExifFlag = 0x08;

    private sealed record Chunk(string FourCc, long Offset, uint Size)
    {
        public long Padded => Size + (Size & 1);
    }

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        var header = new byte[12];
        input.Position = 0;
        if (input.ReadAtLeast(header, 12, throwOnEndOfStream: false) != 12 || !header.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !header.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            throw new InvalidEvidenceException("Not a WebP.");
        }
        var end = Math.Min(8L + BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)), input.Length);

        var chunks = new List<Chunk>();
        var chunkHeader = new byte[8];
        for (var position = 12L; position + 8 <= end;)
        {
            input.Position = position;
            input.ReadExactly(chunkHeader);
            var chunk = new Chunk(System.Text.Encoding.ASCII.GetString(chunkHeader, 0, 4), position + 8, BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader.AsSpan(4)));
            if (chunk.Offset + chunk.Size > end)
            {
                throw new InvalidEvidenceException("Bad WebP chunk.");
            }
            chunks.Add(chunk);
            position = chunk.Offset + chunk.Padded;
        }
        if (chunks.Count == 0)
        {
            throw new InvalidEvidenceException("Empty WebP.");
        }
        if (end < input.Length)
        {
            removed.Add(MetadataLabels.Trailer);
        }

        var kept = new List<Chunk>();
        foreach (var chunk in chunks)
        {
            switch (chunk.FourCc)
            {
                case "EXIF": removed.Add(MetadataLabels.Exif); break;
                case "XMP ": removed.Add(MetadataLabels.Xmp); break;
                default: kept.Add(chunk); break;
            }
        }

        var riffSize = 4 + kept.Sum(c => 8 + c.Padded);
        if (riffSize > uint.MaxValue)
        {
            throw new InvalidEvidenceException("WebP too large.");
        }
        Span<byte> size = stackalloc byte[4];
        output.Write("RIFF"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)riffSize);
        output.Write(size);
        output.Write("WEBP"u8);
        foreach (var chunk in kept)
        {
            input.Position = chunk.Offset - 8;
            input.ReadExactly(chunkHeader);
            output.Write(chunkHeader);
            if (chunk.FourCc == "VP8X" && chunk.Size >= 1)
            {
                var flags = (byte)input.ReadByte();
                output.WriteByte((byte)(flags & ~(XmpFlag | ExifFlag)));
                StreamCopy.Copy(input, output, chunk.Size - 1);
            }
            else
            {
                StreamCopy.Copy(input, output, chunk.Size);
            }
            if ((chunk.Size & 1) == 1)
            {
                // The pad byte is zero by definition; writing it also repairs files that lack it.
                output.WriteByte(0);
            }
        }
    }
}
