using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Cleans Ogg Opus and Ogg Vorbis audio (WhatsApp voice notes) page by page: the comment header
/// (OpusTags or the Vorbis comment: encoder, title, artist, location, pictures…) is replaced by one
/// with an empty vendor and no comments, the headers are laid out on new pages, and every later page
/// is copied with its sequence number shifted and its checksum recomputed. Memory stays at a page
/// plus the Vorbis setup header whatever the file's size. Chained streams are cleaned one after
/// another; other codecs and multiplexed streams are refused.
/// </summary>
public static class OggCleaner
{
    private const int MaxSetupBytes = 4 * 1024 * 1024;
    private const int CommentPrefixBytes = 64 * 1024;

    private const string OnlyAudio =
        "Berkas Ogg ini memuat lebih dari satu aliran atau jenis rekaman yang belum dapat dibersihkan. Ubah ke MP3 atau M4A lalu "
        + "unggah lagi. / This Ogg file holds several streams or a kind of recording that cannot be cleaned yet. Convert it to "
        + "MP3 or M4A and upload again.";

    public static void Clean(Stream input, Stream output, ISet<string> removed)
    {
        OggLogicalStream? current = null;
        while (true)
        {
            var start = input.Position;
            if (OggPage.Read(input) is not { } page)
            {
                if (input.Position > start)
                {
                    // Bytes after the last page are dropped; bytes amid a stream mean the file is damaged.
                    if (current is not { Ended: true })
                    {
                        throw new InvalidEvidenceException("Bytes that are not an Ogg page inside the stream.");
                    }
                    removed.Add(MetadataLabels.Trailer);
                }
                break;
            }
            if (page.Has(OggPage.BeginningOfStream))
            {
                if (current is { Ended: false })
                {
                    throw new EvidenceRefusedException(OnlyAudio);
                }
                current = OggLogicalStream.Begin(page);
                page.Write(output);
            }
            else if (current is null || current.Ended || page.Serial != current.Serial)
            {
                throw new EvidenceRefusedException(OnlyAudio);
            }
            else
            {
                current.Take(page, output, removed);
            }
            if (page.Has(OggPage.EndOfStream))
            {
                current.End();
            }
        }
        if (current is null || !current.HeadersDone)
        {
            throw new InvalidEvidenceException("The Ogg headers are incomplete.");
        }
    }

    /// <summary>One logical stream's progress through its header packets.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Its MemoryStream holds no unmanaged resource.")]
    private sealed class OggLogicalStream
    {
        private readonly bool _opus;
        private readonly int _headerPackets;
        private readonly MemoryStream _packet = new();
        private byte[]? _comment;
        private byte[]? _setup;
        private long _packetLength;
        private int _packetsDone = 1;
        private uint _sequenceShift;

        private OggLogicalStream(uint serial, bool opus)
        {
            Serial = serial;
            _opus = opus;
            _headerPackets = opus ? 2 : 3;
        }

        public uint Serial { get; }

        public bool Ended { get; private set; }

        public bool HeadersDone => _packetsDone == _headerPackets;

        public void End() => Ended = true;

        /// <summary>The first page holds exactly the identification header, which names the codec.</summary>
        public static OggLogicalStream Begin(OggPage page)
        {
            var body = page.Body.AsSpan();
            var opus = body.StartsWith("OpusHead"u8);
            if (!opus && !body.StartsWith("\x01vorbis"u8))
            {
                throw new EvidenceRefusedException(OnlyAudio);
            }
            if (page.Has(OggPage.Continuation) || page.Lacing.Length == 0 || page.Pieces().Count() != 1 || !page.EndsAPacket)
            {
                throw new InvalidEvidenceException("The Ogg identification header is not alone on its page.");
            }
            return new OggLogicalStream(page.Serial, opus);
        }

        public void Take(OggPage page, Stream output, ISet<string> removed)
        {
            if (HeadersDone)
            {
                page.Sequence = unchecked(page.Sequence + _sequenceShift);
                page.Write(output);
                return;
            }
            if (page.Has(OggPage.Continuation) != (_packetLength > 0))
            {
                throw new InvalidEvidenceException("An Ogg header packet is broken across pages.");
            }
            foreach (var (offset, length, ends) in page.Pieces())
            {
                if (HeadersDone)
                {
                    throw new InvalidEvidenceException("Audio begins on a header page.");
                }
                Append(page.Body.AsSpan(offset, length));
                if (ends)
                {
                    Complete();
                }
            }
            if (HeadersDone)
            {
                WriteHeaders(page, output, removed);
            }
        }

        /// <summary>The comment packet keeps only its start (enough to say what it held); the setup packet is kept whole.</summary>
        private void Append(ReadOnlySpan<byte> piece)
        {
            var keep = _packetsDone == 1 ? (int)Math.Clamp(CommentPrefixBytes - _packet.Length, 0, piece.Length) : piece.Length;
            _packetLength += piece.Length;
            if (_packetsDone == 2 && _packetLength > MaxSetupBytes)
            {
                throw new InvalidEvidenceException("The Vorbis setup header is too large.");
            }
            _packet.Write(piece[..keep]);
        }

        private void Complete()
        {
            if (_packetsDone == 1)
            {
                _comment = _packet.ToArray();
            }
            else
            {
                _setup = _packet.ToArray();
            }
            _packetsDone++;
            _packet.SetLength(0);
            _packetLength = 0;
        }

        private void WriteHeaders(OggPage lastHeaderPage, Stream output, ISet<string> removed)
        {
            var magic = _opus ? "OpusTags"u8 : "\x03vorbis"u8;
            if (!_comment.AsSpan().StartsWith(magic) || (!_opus && !_setup.AsSpan().StartsWith("\x05vorbis"u8)))
            {
                throw new InvalidEvidenceException("The Ogg comment or setup header is malformed.");
            }
            Report(_comment.AsSpan(magic.Length), removed);

            // An empty vendor and no comments; Vorbis ends its comment header with a framing bit.
            byte[] comment = [.. magic, 0, 0, 0, 0, 0, 0, 0, 0, .. _opus ? Array.Empty<byte>() : [1]];
            var headers = OggPage.Paginate(Serial, 1, _opus ? [comment] : [comment, _setup!]).ToList();
            foreach (var header in headers)
            {
                header.Write(output);
            }
            _sequenceShift = unchecked((uint)headers.Count - lastHeaderPage.Sequence);
            _comment = _setup = null;
        }

        /// <summary>A vendor string names the encoding software; any comment is a tag.</summary>
        private static void Report(ReadOnlySpan<byte> afterMagic, ISet<string> removed)
        {
            if (afterMagic.Length < 4)
            {
                throw new InvalidEvidenceException("The Ogg comment header is cut off.");
            }
            var vendorLength = BinaryPrimitives.ReadUInt32LittleEndian(afterMagic);
            if (vendorLength > 0)
            {
                removed.Add(MetadataLabels.Software);
            }
            var countAt = 4L + vendorLength;
            if (countAt + 4 > afterMagic.Length || BinaryPrimitives.ReadUInt32LittleEndian(afterMagic[(int)countAt..]) > 0)
            {
                removed.Add(MetadataLabels.MediaTags);
            }
        }
    }
}
