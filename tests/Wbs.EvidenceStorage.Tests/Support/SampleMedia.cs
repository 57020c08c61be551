using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>MP3, WAV and GIF samples whose tags, chunks and extensions name <see cref="SampleFiles.Marker"/>.</summary>
public static class SampleMedia
{
    /// <summary>Three MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, 417 bytes each) of silence.</summary>
    public static byte[] Mp3Frames()
    {
        var frames = new byte[3 * 417];
        for (var i = 0; i < 3; i++)
        {
            new byte[] { 0xFF, 0xFB, 0x90, 0x64 }.CopyTo(frames, i * 417);
        }
        return frames;
    }

    /// <summary>An ID3v2.3 tag (artist, comment, padding), the frames, an APEv2 tag and an ID3v1 tag.</summary>
    public static byte[] Mp3WithTags()
    {
        using var mp3 = new MemoryStream();
        var marker = Encoding.ASCII.GetBytes(SampleFiles.Marker);
        using var frames = new MemoryStream();
        Id3Frame(frames, "TPE1", [0, .. marker]);
        Id3Frame(frames, "COMM", [0, .. "ind"u8, 0, .. marker]);
        frames.Write(new byte[16]);
        var size = (int)frames.Length;
        mp3.Write("ID3\x03\0\0"u8);
        mp3.Write([(byte)((size >> 21) & 0x7F), (byte)((size >> 14) & 0x7F), (byte)((size >> 7) & 0x7F), (byte)(size & 0x7F)]);
        mp3.Write(frames.ToArray());
        mp3.Write(Mp3Frames());

        byte[] item = [.. LittleEndian((uint)marker.Length), 0, 0, 0, 0, .. "Artist\0"u8, .. marker];
        mp3.Write(item);
        mp3.Write("APETAGEX"u8);
        mp3.Write(LittleEndian(2000));
        mp3.Write(LittleEndian((uint)(item.Length + 32)));
        mp3.Write(LittleEndian(1));
        mp3.Write(LittleEndian(0));
        mp3.Write(new byte[8]);

        var id3v1 = new byte[128];
        "TAG"u8.CopyTo(id3v1);
        marker.CopyTo(id3v1, 33);
        mp3.Write(id3v1);
        return mp3.ToArray();
    }

    private static void Id3Frame(Stream s, string id, byte[] data)
    {
        s.Write(Encoding.ASCII.GetBytes(id));
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)data.Length);
        s.Write(size);
        s.Write([0, 0]);
        s.Write(data);
    }

    private static byte[] LittleEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    public static readonly byte[] WavFormat = [1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x40, 0x1F, 0, 0, 1, 0, 8, 0];
    public static readonly byte[] WavSamples = [0x80, 0x81, 0x82, 0x83, 0x84, 0x83, 0x82, 0x81, 0x80];

    /// <summary>PCM WAV with LIST/INFO (artist, software), a broadcast extension, an odd-sized data chunk and XMP after it.</summary>
    public static byte[] WavWithMetadata()
    {
        var marker = Encoding.ASCII.GetBytes(SampleFiles.Marker);
        using var body = new MemoryStream();
        body.Write("WAVE"u8);
        RiffChunk(body, "fmt ", WavFormat);
        RiffChunk(body, "LIST", [.. "INFO"u8, .. "IART"u8, .. LittleEndian((uint)marker.Length + 1), .. marker, 0, .. "ISFT"u8, .. LittleEndian(5), .. "Lavf\0"u8, 0]);
        RiffChunk(body, "bext", [.. marker, 1, 2, 3]);
        RiffChunk(body, "data", WavSamples);
        RiffChunk(body, "_PMX", Encoding.ASCII.GetBytes($"<x:xmpmeta><dc:creator>{SampleFiles.Marker}</dc:creator></x:xmpmeta>"));
        var content = body.ToArray();
        return [.. "RIFF"u8, .. LittleEndian((uint)content.Length), .. content];
    }

    private static void RiffChunk(Stream s, string fourCc, byte[] data)
    {
        s.Write(Encoding.ASCII.GetBytes(fourCc));
        s.Write(LittleEndian((uint)data.Length));
        s.Write(data);
        if (data.Length % 2 == 1)
        {
            s.WriteByte(0);
        }
    }

    /// <summary>The classic 1×1 GIF89a: two-colour table, graphic control, one image.</summary>
    public static byte[] BaselineGif() =>
    [
        .. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0,
        .. NetscapeLoop, 0x21, 0xF9, 4, 1, 0, 0, 0, 0,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B,
    ];

    private static readonly byte[] NetscapeLoop = [0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0];

    /// <summary>The baseline GIF with a comment, an XMP application extension, another application extension and trailing bytes.</summary>
    public static byte[] GifWithMetadata()
    {
        var baseline = BaselineGif();
        var marker = Encoding.ASCII.GetBytes(SampleFiles.Marker);
        var xmp = Encoding.ASCII.GetBytes($"<x:xmpmeta><dc:creator>{SampleFiles.Marker}</dc:creator></x:xmpmeta>");
        byte[] extras =
        [
            0x21, 0xFE, (byte)marker.Length, .. marker, 0,
            0x21, 0xFF, 11, .. "XMP DataXMP"u8, (byte)xmp.Length, .. xmp, 0,
            0x21, 0xFF, 11, .. "PAINTSHOP10"u8, (byte)marker.Length, .. marker, 0,
        ];
        var afterTable = 13 + 6 + NetscapeLoop.Length;
        return [.. baseline[..afterTable], .. extras, .. baseline[afterTable..], .. marker];
    }
    /// <summary>An MP4 of an <c>ftyp</c> box and one media data box holding <paramref name="media"/>, as large as wanted.</summary>
    public static byte[] Mp4(byte[] media) => [.. IsoBox("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2"u8]), .. IsoBox("mdat", media)];

    /// <summary>
    /// An MP4 (ftyp, media data, then the movie box, as phones write it) whose one track is a text track: its
    /// sample names <see cref="SampleFiles.Marker"/> and lies at <paramref name="samples"/> in the media data.
    /// </summary>
    public static byte[] Mp4WithDataTrack(out ByteRange samples)
    {
        var ftyp = IsoBox("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2"u8]);
        var text = Encoding.ASCII.GetBytes($"Lokasi -7.39, 109.69 {SampleFiles.Marker}");
        var mdat = IsoBox("mdat", [.. new byte[40], .. text]);
        var textOffset = ftyp.Length + 8 + 40;
        samples = new ByteRange(textOffset, text.Length);
        var stbl = IsoBox("stbl",
            IsoBox("stco", [.. new byte[4], .. BigEndian(1), .. BigEndian((uint)textOffset)]),
            IsoBox("stsc", [.. new byte[4], .. BigEndian(1), .. BigEndian(1), .. BigEndian(1), .. BigEndian(1)]),
            IsoBox("stsz", [.. new byte[4], .. BigEndian((uint)text.Length), .. BigEndian(1)]));
        var mdia = IsoBox("mdia", IsoBox("hdlr", [.. new byte[8], .. "text"u8, .. new byte[12]]), IsoBox("minf", stbl));
        var tkhd = IsoBox("tkhd", [.. new byte[12], .. BigEndian(2), .. new byte[68]]);
        return [.. ftyp, .. mdat, .. IsoBox("moov", IsoBox("trak", tkhd, mdia))];
    }

    private static byte[] IsoBox(string type, params byte[][] content)
    {
        var body = content.SelectMany(c => c).ToArray();
        return [.. BigEndian((uint)(8 + body.Length)), .. Encoding.ASCII.GetBytes(type), .. body];
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
