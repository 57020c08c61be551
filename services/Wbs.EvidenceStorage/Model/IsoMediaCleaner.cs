using System.Buffers.Binary;
using System.Text;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Cleans MP4, MOV, 3GP and M4A files in one streaming pass over their boxes. Boxes that carry
/// metadata (<c>udta</c> with its ©xyz location and encoder tags, <c>meta</c>/<c>ilst</c>/<c>keys</c>
/// with Apple's location and device model, <c>uuid</c> with XMP, <c>Xtra</c>) become <c>free</c>
/// boxes of the same size filled with zeros, as does the content of existing free space (old tags
/// linger there). Sizes never change, so chunk offsets into <c>mdat</c> stay valid without rewriting
/// the sample tables. Creation and modification times in the movie, track and media headers are
/// zeroed. Media data is copied through, so the work is linear and memory flat at any size.
/// Only video and sound tracks are kept: every other track (timed metadata such as Apple's
/// <c>mebx</c> location and device data, GoPro's <c>gpmd</c>, Google's <c>camm</c>, timecode
/// <c>tmcd</c>, text and subtitle tracks) becomes a <c>free</c> box too, and its samples in the
/// media data are overwritten with zeros once the whole file is written (the sample tables may come
/// after the media data). A track box is held in memory to read its handler, up to <see cref="MaxTrackBytes"/>.
/// </summary>
public static class IsoMediaCleaner
{
    private static readonly HashSet<string> Containers = ["moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "mvex", "moof", "traf", "mfra"];
    private static readonly HashSet<string> MetadataBoxes = ["udta", "meta", "uuid", "Xtra", "XMP_", "ilst", "keys", "cprt", "loci"];
    private static readonly HashSet<string> FreeSpace = ["free", "skip", "wide"];
    private static readonly HashSet<string> TimedHeaders = ["mvhd", "tkhd", "mdhd"];
    private static readonly HashSet<string> KeptHandlers = ["vide", "soun"];
    private const int MaxDepth = 16;

    /// <summary>The sample tables of a long video fit many times over; a larger track box is refused.</summary>
    public const int MaxTrackBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Cleans <paramref name="input"/> into <paramref name="output"/>, reading and writing forward only, so both
    /// may be streams that cannot seek (an upload as it arrives, the sealing of the store).
    /// </summary>
    /// <returns>
    /// The output ranges that hold samples of dropped tracks, sorted and disjoint: they must be overwritten with
    /// zeros before the file is kept (the sample tables may come after the media data, so they are known only at
    /// the end). Empty for a file with video and sound tracks only.
    /// </returns>
    public static IReadOnlyList<ByteRange> Clean(Stream input, Stream output, ISet<string> removed)
    {
        var dropped = new Dropped();
        var start = output.Position;
        var walker = new Walker(input, output, removed, dropped);
        walker.Boxes(long.MaxValue, depth: 0);
        return ToBlank(dropped.Samples, output.Position - start);
    }

    /// <summary>The dropped samples within the first <paramref name="end"/> bytes, merged where they overlap (sizes are unchanged, so input offsets are output offsets).</summary>
    private static List<ByteRange> ToBlank(List<(long Offset, long Length)> samples, long end)
    {
        var ranges = new List<ByteRange>();
        long blankedTo = 0;
        foreach (var (offset, length) in samples.OrderBy(s => s.Offset))
        {
            // Overlapping ranges are blanked once: the work stays within the file's size.
            var from = Math.Max(offset, blankedTo);
            var to = Math.Min(end, offset + Math.Min(length, end));
            if (from >= to)
            {
                continue;
            }
            ranges.Add(new ByteRange(from, to - from));
            blankedTo = to;
        }
        return ranges;
    }

    /// <summary>What was dropped across the whole file: the tracks' ids (fragments must not name them) and their samples.</summary>
    private sealed class Dropped
    {
        public HashSet<uint> TrackIds { get; } = [];
        public List<(long Offset, long Length)> Samples { get; } = [];
    }

    private sealed class Walker(Stream input, Stream output, ISet<string> removed, Dropped dropped)
    {
        private readonly byte[] _header = new byte[16];

        /// <summary>Copies boxes until <paramref name="remaining"/> bytes are used (or the file ends, at the top).</summary>
        public void Boxes(long remaining, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new InvalidEvidenceException("Boxes nested too deeply.");
            }
            var top = remaining == long.MaxValue;
            while (top || remaining > 0)
            {
                var read = input.ReadAtLeast(_header.AsSpan(0, 8), 8, throwOnEndOfStream: false);
                if (read == 0 && top)
                {
                    return;
                }
                if (read < 8 || (!top && remaining < 8))
                {
                    throw new InvalidEvidenceException("A media box header is cut off.");
                }
                long size = BinaryPrimitives.ReadUInt32BigEndian(_header);
                var type = Encoding.Latin1.GetString(_header, 4, 4);
                var headerLength = 8;
                if (size == 1)
                {
                    input.ReadExactly(_header.AsSpan(8, 8));
                    size = BinaryPrimitives.ReadInt64BigEndian(_header.AsSpan(8));
                    headerLength = 16;
                }
                if (size == 0 && top)
                {
                    // "To the end of the file": only ever the media data itself.
                    output.Write(_header.AsSpan(0, headerLength));
                    input.CopyTo(output);
                    return;
                }
                if (size < headerLength || (!top && size > remaining))
                {
                    throw new InvalidEvidenceException("A media box has an impossible size.");
                }
                Box(type, size, headerLength, depth);
                if (!top)
                {
                    remaining -= size;
                }
            }
        }

        private void Box(string type, long size, int headerLength, int depth)
        {
            var body = size - headerLength;
            if (MetadataBoxes.Contains(type) || FreeSpace.Contains(type))
            {
                if (MetadataBoxes.Contains(type))
                {
                    removed.Add(type == "uuid" ? MetadataLabels.Xmp : MetadataLabels.MediaTags);
                }
                WriteFree(size, headerLength);
                StreamCopy.Skip(input, body);
                return;
            }
            if (type == "trak")
            {
                Track(size, headerLength, depth);
                return;
            }
            output.Write(_header.AsSpan(0, headerLength));
            if (Containers.Contains(type))
            {
                Boxes(body, depth + 1);
            }
            else if (type == "tfhd" && body is >= 8 and <= 1024)
            {
                // A movie fragment's samples of a dropped track would stay in its media data: such a file is refused.
                var content = new byte[body];
                input.ReadExactly(content);
                if (dropped.TrackIds.Contains(BinaryPrimitives.ReadUInt32BigEndian(content.AsSpan(4))))
                {
                    throw new EvidenceRefusedException(IsoTrack.Advice);
                }
                output.Write(content);
            }
            else if (TimedHeaders.Contains(type) && body is >= 12 and <= 1024)
            {
                var content = new byte[body];
                input.ReadExactly(content);
                if (ZeroTimes(content))
                {
                    removed.Add(MetadataLabels.Timestamps);
                }
                output.Write(content);
            }
            else
            {
                StreamCopy.Copy(input, output, body);
            }
        }

        /// <summary>
        /// A video or sound track is cleaned like any container; any other track becomes a <c>free</c>
        /// box, and its samples are noted for blanking.
        /// </summary>
        private void Track(long size, int headerLength, int depth)
        {
            var bodyLength = size - headerLength;
            if (bodyLength > MaxTrackBytes)
            {
                throw new InvalidEvidenceException("A track box is too large.");
            }
            var header = _header.AsSpan(0, headerLength).ToArray();
            var body = new byte[bodyLength];
            input.ReadExactly(body);
            var track = IsoTrack.Parse(body);
            if (track.Handler.Length == 0)
            {
                // Every real track names its handler; a track box without one is damage (or a nesting trick).
                throw new InvalidEvidenceException("A track has no handler.");
            }
            if (KeptHandlers.Contains(track.Handler))
            {
                output.Write(header);
                new Walker(new MemoryStream(body, writable: false), output, removed, dropped).Boxes(bodyLength, depth + 1);
                return;
            }
            dropped.TrackIds.Add(track.TrackId);
            dropped.Samples.AddRange(IsoTrack.SampleRanges(body));
            removed.Add(MetadataLabels.DataTracks);
            header.CopyTo(_header, 0);
            WriteFree(size, headerLength);
        }

        /// <summary>A <c>free</c> box with the same header layout and size, all zeros inside.</summary>
        private void WriteFree(long size, int headerLength)
        {
            "free"u8.CopyTo(_header.AsSpan(4));
            output.Write(_header.AsSpan(0, headerLength));
            var zeros = new byte[(int)Math.Min(size - headerLength, 64 * 1024)];
            for (var left = size - headerLength; left > 0; left -= zeros.Length)
            {
                output.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
            }
        }

        /// <summary>Version 0 holds 32-bit creation and modification times after version and flags, version 1 64-bit ones.</summary>
        private static bool ZeroTimes(byte[] content)
        {
            var length = content[0] == 1 ? 16 : 8;
            if (length + 4 > content.Length)
            {
                return false;
            }
            var span = content.AsSpan(4, length);
            var changed = span.ContainsAnyExcept((byte)0);
            span.Clear();
            return changed;
        }
    }
}
