using System.Buffers.Binary;
using System.Text;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// What the cleaner needs of one <c>trak</c> box: its handler (<c>vide</c>, <c>soun</c>, or a
/// timed-metadata kind such as <c>meta</c>, <c>camm</c>, <c>tmcd</c>, <c>text</c>, <c>sbtl</c>),
/// its track id, and the byte ranges of its samples in the file (from the chunk offsets, the
/// sample-to-chunk table and the sample sizes), so that a dropped track's samples can be blanked too.
/// </summary>
internal sealed record IsoTrack(string Handler, uint TrackId)
{
    /// <summary>More sample ranges than any real timed-metadata track has: such a file is refused rather than worked through.</summary>
    private const int MaxRanges = 1_000_000;

    /// <param name="body">The <c>trak</c> box without its header.</param>
    public static IsoTrack Parse(ReadOnlySpan<byte> body)
    {
        var tkhd = Find(body, "tkhd");
        var trackId = tkhd.Length >= 24 ? BinaryPrimitives.ReadUInt32BigEndian(tkhd[(tkhd[0] == 1 ? 20 : 12)..]) : 0;
        var mdia = Find(body, "mdia");
        var hdlr = Find(mdia, "hdlr");
        return new IsoTrack(hdlr.Length >= 12 ? Encoding.Latin1.GetString(hdlr[8..12]) : "", trackId);
    }

    /// <summary>Where the track's samples lie in the file, adjoining chunks merged.</summary>
    /// <param name="body">The <c>trak</c> box without its header.</param>
    /// <exception cref="EvidenceRefusedException">The sample tables are in a form not taken apart here, or absurdly many.</exception>
    public static List<(long Offset, long Length)> SampleRanges(ReadOnlySpan<byte> body)
    {
        var stbl = Find(Find(Find(body, "mdia"), "minf"), "stbl");
        var ranges = new List<(long Offset, long Length)>();
        var stco = Find(stbl, "stco");
        var co64 = Find(stbl, "co64");
        var stsc = Find(stbl, "stsc");
        var stsz = Find(stbl, "stsz");
        if (Find(stbl, "stz2").Length > 0)
        {
            throw new EvidenceRefusedException(Advice);
        }
        var wide = co64.Length >= 8;
        var offsets = wide ? co64 : stco;
        if (offsets.Length < 8 || stsc.Length < 8 || stsz.Length < 12)
        {
            return ranges;
        }
        var chunkCount = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(offsets[4..]), (uint)((offsets.Length - 8) / (wide ? 8 : 4)));
        var runCount = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(stsc[4..]), (uint)((stsc.Length - 8) / 12));
        var constantSize = BinaryPrimitives.ReadUInt32BigEndian(stsz[4..]);
        var sampleCount = BinaryPrimitives.ReadUInt32BigEndian(stsz[8..]);
        if (constantSize == 0)
        {
            sampleCount = Math.Min(sampleCount, (uint)((stsz.Length - 12) / 4));
        }

        long sample = 0;
        var run = 0;
        for (uint chunk = 1; chunk <= chunkCount && sample < sampleCount; chunk++)
        {
            while (run + 1 < runCount && BinaryPrimitives.ReadUInt32BigEndian(stsc[(8 + (run + 1) * 12)..]) <= chunk)
            {
                run++;
            }
            if (runCount == 0)
            {
                break;
            }
            var perChunk = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(stsc[(8 + run * 12 + 4)..]), sampleCount - sample);
            long length;
            if (constantSize != 0)
            {
                length = (long)UInt128.Min((UInt128)perChunk * constantSize, (UInt128)long.MaxValue);
            }
            else
            {
                length = 0;
                for (long i = 0; i < perChunk; i++)
                {
                    length += BinaryPrimitives.ReadUInt32BigEndian(stsz[(int)(12 + (sample + i) * 4)..]);
                }
            }
            sample += perChunk;
            var at = 8 + (int)(chunk - 1) * (wide ? 8 : 4);
            var offset = wide ? (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(offsets[at..]), long.MaxValue) : BinaryPrimitives.ReadUInt32BigEndian(offsets[at..]);
            if (length == 0)
            {
                continue;
            }
            if (ranges.Count > 0 && offset >= ranges[^1].Offset && offset <= ranges[^1].Offset + ranges[^1].Length)
            {
                // Chunks written one after another make one range.
                var last = ranges[^1];
                ranges[^1] = (last.Offset, Math.Max(last.Length, offset - last.Offset + length));
            }
            else if (ranges.Count < MaxRanges)
            {
                ranges.Add((offset, length));
            }
            else
            {
                throw new EvidenceRefusedException(Advice);
            }
        }
        return ranges;
    }

    /// <summary>The body of the first child box of <paramref name="type"/>, or empty.</summary>
    private static ReadOnlySpan<byte> Find(ReadOnlySpan<byte> boxes, string type)
    {
        while (boxes.Length >= 8)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(boxes);
            var header = 8;
            if (size == 1 && boxes.Length >= 16)
            {
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(boxes[8..]), long.MaxValue);
                header = 16;
            }
            else if (size == 0)
            {
                size = boxes.Length;
            }
            if (size < header || size > boxes.Length)
            {
                throw new InvalidEvidenceException("A track box has an impossible size.");
            }
            if (Encoding.Latin1.GetString(boxes[4..8]) == type)
            {
                return boxes[header..(int)size];
            }
            boxes = boxes[(int)size..];
        }
        return [];
    }

    /// <summary>For a track the cleaner cannot take apart safely.</summary>
    public const string Advice =
        "Video ini membawa jalur data tersembunyi (misalnya lokasi GPS, kode waktu atau teks) yang tidak dapat kami hapus dengan aman, "
        + "jadi tidak disimpan. Simpan ulang atau bagikan video tanpa data lokasi (misalnya lewat \"Bagikan\" di galeri), lalu unggah lagi. / "
        + "This video carries hidden data tracks (for example a GPS location, timecode or text) that cannot be removed safely, so it was "
        + "not stored. Save or share the video again without location data (for example through \"Share\" in the gallery) and upload again.";
}
