using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// One Ogg page (RFC 3533): a 27-byte header, up to 255 lacing values and a body of at most
/// 65,025 bytes. A lacing value below 255 ends a packet; a page whose first packet began on an
/// earlier page has the continuation flag.
/// </summary>
internal sealed class OggPage
{
    public const byte Continuation = 0x01, BeginningOfStream = 0x02, EndOfStream = 0x04;
    private const int HeaderSize = 27;

    public required byte HeaderType { get; init; }
    public required long Granule { get; init; }
    public required uint Serial { get; init; }
    public required uint Sequence { get; set; }
    public required byte[] Lacing { get; init; }
    public required byte[] Body { get; init; }

    public bool Has(byte flag) => (HeaderType & flag) != 0;

    /// <summary>Whether the page's last packet ends on it (its last lacing value is below 255).</summary>
    public bool EndsAPacket => Lacing.Length > 0 && Lacing[^1] < 255;

    /// <summary>The packet pieces on this page, in order, and whether each piece ends its packet.</summary>
    public IEnumerable<(int Offset, int Length, bool Ends)> Pieces()
    {
        var offset = 0;
        var length = 0;
        foreach (var lace in Lacing)
        {
            length += lace;
            if (lace < 255)
            {
                yield return (offset, length, true);
                offset += length;
                length = 0;
            }
        }
        if (length > 0)
        {
            yield return (offset, length, false);
        }
    }

    /// <returns>The next page, or null when <paramref name="input"/> holds no further page: at its end, or
    /// at bytes that are not a page (the stream has then moved past them).</returns>
    /// <exception cref="InvalidEvidenceException">A page is cut off or its checksum is wrong.</exception>
    public static OggPage? Read(Stream input)
    {
        var header = new byte[HeaderSize];
        var read = input.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        if (read == 0 || read < 4 || !header.AsSpan().StartsWith("OggS"u8))
        {
            return null;
        }
        if (read < HeaderSize || header[4] != 0)
        {
            throw new InvalidEvidenceException("A cut-off or unknown Ogg page.");
        }
        var lacing = new byte[header[26]];
        input.ReadExactly(lacing);
        var body = new byte[lacing.Sum(l => l)];
        input.ReadExactly(body);
        var page = new OggPage
        {
            HeaderType = header[5],
            Granule = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(6)),
            Serial = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(14)),
            Sequence = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18)),
            Lacing = lacing,
            Body = body,
        };
        if (page.Checksum(header) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22)))
        {
            throw new InvalidEvidenceException("An Ogg page with a wrong checksum.");
        }
        return page;
    }

    public void Write(Stream output)
    {
        var header = BuildHeader();
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(22), Checksum(header));
        output.Write(header);
        output.Write(Lacing);
        output.Write(Body);
    }

    private byte[] BuildHeader()
    {
        var header = new byte[HeaderSize];
        "OggS"u8.CopyTo(header);
        header[5] = HeaderType;
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(6), Granule);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(14), Serial);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(18), Sequence);
        header[26] = (byte)Lacing.Length;
        return header;
    }

    /// <summary>The checksum of this page with the given header bytes, its checksum field counted as zero.</summary>
    private uint Checksum(byte[] header)
    {
        Span<byte> zeroed = stackalloc byte[HeaderSize];
        header.CopyTo(zeroed);
        zeroed[22..26].Clear();
        return OggCrc.Update(OggCrc.Update(OggCrc.Update(0, zeroed), Lacing), Body);
    }

    /// <summary>Lays packets out on as few header pages as the format allows (granule 0, as header pages have).</summary>
    public static IEnumerable<OggPage> Paginate(uint serial, uint firstSequence, IReadOnlyList<byte[]> packets)
    {
        var lacing = new List<byte>();
        var body = new MemoryStream();
        var sequence = firstSequence;
        var continued = false;
        var pages = new List<OggPage>();
        void Flush(bool nextContinues)
        {
            pages.Add(new OggPage
            {
                HeaderType = continued ? Continuation : (byte)0, Granule = 0, Serial = serial, Sequence = sequence++,
                Lacing = [.. lacing], Body = body.ToArray(),
            });
            lacing.Clear();
            body.SetLength(0);
            continued = nextContinues;
        }
        foreach (var packet in packets)
        {
            var offset = 0;
            while (true)
            {
                var lace = Math.Min(255, packet.Length - offset);
                lacing.Add((byte)lace);
                body.Write(packet, offset, lace);
                offset += lace;
                var ends = lace < 255;
                if (lacing.Count == 255)
                {
                    Flush(nextContinues: !ends);
                }
                if (ends)
                {
                    break;
                }
            }
        }
        if (lacing.Count > 0)
        {
            Flush(nextContinues: false);
        }
        return pages;
    }
}
