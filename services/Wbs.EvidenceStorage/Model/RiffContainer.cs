using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Reads the chunk list of a RIFF file (WebP, WAV) from a seekable stream and writes a new file
/// from the chunks kept, with the RIFF size recomputed. Anything after the RIFF size is trailing data.
/// </summary>
internal static class RiffContainer
{
    public const int HeaderSize = 8;

    public static IReadOnlyList<RiffChunk> Index(Stream input, ReadOnlySpan<byte> form, ISet<string> removed)
    {
        var header = new byte[12];
        input.Position = 0;
        if (input.ReadAtLeast(header, 12, throwOnEndOfStream: false) != 12 || !header.AsSpan(0, 4).SequenceEqual("RIFF"u8)
            || !header.AsSpan(8, 4).SequenceEqual(form))
        {
            throw new InvalidEvidenceException("Not the expected RIFF file.");
        }
        var end = Math.Min(8L + BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)), input.Length);

        var chunks = new List<RiffChunk>();
        var chunkHeader = new byte[HeaderSize];
        for (var position = 12L; position + HeaderSize <= end;)
        {
            input.Position = position;
            input.ReadExactly(chunkHeader);
            var chunk = new RiffChunk(System.Text.Encoding.ASCII.GetString(chunkHeader, 0, 4), position + HeaderSize,
                BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader.AsSpan(4)));
            if (chunk.Offset + chunk.Size > end)
            {
                throw new InvalidEvidenceException("Bad RIFF chunk.");
            }
            chunks.Add(chunk);
            position = chunk.Offset + chunk.Padded;
        }
        if (chunks.Count == 0)
        {
            throw new InvalidEvidenceException("Empty RIFF file.");
        }
        if (end < input.Length)
        {
            removed.Add(MetadataLabels.Trailer);
        }
        return chunks;
    }

    public static void WriteHeader(Stream output, ReadOnlySpan<byte> form, IReadOnlyList<RiffChunk> kept)
    {
        var riffSize = 4 + kept.Sum(c => HeaderSize + c.Padded);
        if (riffSize > uint.MaxValue)
        {
            throw new InvalidEvidenceException("RIFF file too large.");
        }
        Span<byte> size = stackalloc byte[4];
        output.Write("RIFF"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)riffSize);
        output.Write(size);
        output.Write(form);
    }

    /// <summary>Copies a chunk's header and data, then the pad byte (zero by definition; writing it also repairs files that lack it).</summary>
    public static void CopyChunk(Stream input, Stream output, RiffChunk chunk, Action<Stream, Stream>? copyData = null)
    {
        var chunkHeader = new byte[HeaderSize];
        input.Position = chunk.Offset - HeaderSize;
        input.ReadExactly(chunkHeader);
        output.Write(chunkHeader);
        if (copyData is null)
        {
            StreamCopy.Copy(input, output, chunk.Size);
        }
        else
        {
            copyData(input, output);
        }
        if ((chunk.Size & 1) == 1)
        {
            output.WriteByte(0);
        }
    }
}
