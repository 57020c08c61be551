using System.Buffers.Binary;
using System.IO.Compression;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>
/// Real sample files carrying identifying metadata, built byte by byte so the tests know exactly
/// what is inside. Every identifying value contains <see cref="Marker"/>.
/// </summary>
public static class SampleFiles
{
    public const string Marker = "BUDI-SANTOSO-RAHASIA";

    /// <summary>An 8×8 baseline JPEG made with ImageMagick (<c>convert -size 8x8 xc:#3366cc -strip</c>): APP0, DQT, SOF0, DHT, SOS, EOI.</summary>
    public static readonly byte[] BaselineJpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAAIAAgDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAB//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AC9UAkf/2Q==");

    /// <summary>The baseline JPEG with an EXIF block (Artist + GPS position), an XMP packet, IPTC and a comment naming the author.</summary>
    public static byte[] JpegWithMetadata()
    {
        using var jpeg = new MemoryStream();
        jpeg.Write(BaselineJpeg, 0, 2);
        WriteSegment(jpeg, 0xE1, [.. "Exif\0\0"u8, .. ExifWithGps()]);
        WriteSegment(jpeg, 0xE1, Encoding.ASCII.GetBytes($"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>{Marker}</dc:creator></x:xmpmeta>"));
        WriteSegment(jpeg, 0xED, Encoding.ASCII.GetBytes($"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x20\x1C\x02\x50\0\u0014{Marker}"));
        WriteSegment(jpeg, 0xFE, Encoding.ASCII.GetBytes($"Author: {Marker}"));
        jpeg.Write(BaselineJpeg, 2, BaselineJpeg.Length - 2);
        jpeg.Write("trailing "u8);
        jpeg.Write(Encoding.ASCII.GetBytes(Marker));
        return jpeg.ToArray();
    }

    private static void WriteSegment(Stream s, byte marker, byte[] payload)
    {
        s.WriteByte(0xFF);
        s.WriteByte(marker);
        s.WriteByte((byte)((payload.Length + 2) >> 8));
        s.WriteByte((byte)(payload.Length + 2));
        s.Write(payload);
    }

    /// <summary>A big-endian TIFF structure: IFD0 with Artist and a GPS IFD pointer; the GPS IFD with latitude/longitude.</summary>
    private static byte[] ExifWithGps()
    {
        var artist = Encoding.ASCII.GetBytes(Marker + "\0");
        var tiff = new byte[200];
        var w = tiff.AsSpan();
        "MM"u8.CopyTo(w);
        BinaryPrimitives.WriteUInt16BigEndian(w[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(w[4..], 8);
        // IFD0 at 8: two entries.
        BinaryPrimitives.WriteUInt16BigEndian(w[8..], 2);
        Entry(w[10..], 0x013B, 2, (uint)artist.Length, 100);   // Artist → offset 100
        Entry(w[22..], 0x8825, 4, 1, 40);                      // GPSInfo IFD → offset 40
        BinaryPrimitives.WriteUInt32BigEndian(w[34..], 0);
        // GPS IFD at 40: LatitudeRef 'S', Latitude (3 rationals at 130), LongitudeRef 'E'.
        BinaryPrimitives.WriteUInt16BigEndian(w[40..], 3);
        Entry(w[42..], 0x0001, 2, 2, 0x53000000);
        Entry(w[54..], 0x0002, 5, 3, 130);
        Entry(w[66..], 0x0003, 2, 2, 0x45000000);
        BinaryPrimitives.WriteUInt32BigEndian(w[78..], 0);
        artist.CopyTo(w[100..]);
        uint[] latitude = [7, 1, 23, 1, 4512, 100];
        for (var i = 0; i < latitude.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(w[(130 + 4 * i)..], latitude[i]);
        }
        return tiff;

        static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(at, tag);
            BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
            BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
        }
    }

    /// <summary>A 2×2 RGB PNG without metadata.</summary>
    public static byte[] BaselinePng() => Png(withMetadata: false);

    /// <summary>The same PNG with tEXt Author, iTXt XMP, eXIf and tIME chunks.</summary>
    public static byte[] PngWithMetadata() => Png(withMetadata: true);

    private static byte[] Png(bool withMetadata)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 2);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 2);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        if (withMetadata)
        {
            Chunk(png, "tEXt", Encoding.Latin1.GetBytes($"Author\0{Marker}"));
            Chunk(png, "tIME", [0x07, 0xEA, 11, 22, 10, 30, 0]);
            Chunk(png, "eXIf", [.. "MM\0\x2A"u8, .. Encoding.ASCII.GetBytes(Marker)]);
        }
        using (var raw = new MemoryStream())
        {
            using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
            }
            Chunk(png, "IDAT", raw.ToArray());
        }
        if (withMetadata)
        {
            Chunk(png, "iTXt", Encoding.UTF8.GetBytes($"XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><dc:creator>{Marker}</dc:creator></x:xmpmeta>"));
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(four, (uint)data.Length);
        s.Write(four);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, System.IO.Hashing.Crc32.HashToUInt32(typed));
        s.Write(four);
    }

    /// <summary>A WebP container: VP8X announcing EXIF and XMP, an (opaque) VP8L bitstream, EXIF and XMP chunks.</summary>
    public static byte[] WebPWithMetadata()
    {
        using var body = new MemoryStream();
        body.Write("WEBP"u8);
        RiffChunk(body, "VP8X", [0x08 | 0x04 | 0x10, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
        RiffChunk(body, "VP8L", [0x2F, 0x01, 0x40, 0x00, 0x00, 0x47, 0x07, 0x10, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00, 0x00]);
        RiffChunk(body, "EXIF", [.. "MM\0\x2A"u8, .. Encoding.ASCII.GetBytes(Marker)]);
        RiffChunk(body, "XMP ", Encoding.ASCII.GetBytes($"<x:xmpmeta><dc:creator>{Marker}</dc:creator></x:xmpmeta>"));
        var content = body.ToArray();
        var riff = new byte[8 + content.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)content.Length);
        content.CopyTo(riff, 8);
        return riff;
    }

    private static void RiffChunk(Stream s, string fourCc, byte[] data)
    {
        s.Write(Encoding.ASCII.GetBytes(fourCc));
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        s.Write(size);
        s.Write(data);
        if (data.Length % 2 == 1)
        {
            s.WriteByte(0);
        }
    }

    /// <summary>A Word document whose core properties, app properties and tracked change name the author.</summary>
    public static byte[] DocxWithMetadata()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
                """);
            Add(archive, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
                """);
            Add(archive, "word/document.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Isi laporan tetap ada.</w:t></w:r><w:ins w:id="1" w:author="{Marker}" w:date="2026-01-01T00:00:00Z"><w:r><w:t>tambahan</w:t></w:r></w:ins></w:p></w:body></w:document>
                """);
            Add(archive, "docProps/core.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Judul Dokumen</dc:title><dc:creator>{Marker}</dc:creator><cp:lastModifiedBy>{Marker}</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>
                """);
            Add(archive, "docProps/app.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>{Marker}</Company><Manager>{Marker}</Manager></Properties>
                """);
        }
        return zip.ToArray();
    }

    /// <summary>An OpenDocument text whose meta.xml names the initial creator, last editor and printer.</summary>
    public static byte[] OdtWithMetadata()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "mimetype", "application/vnd.oasis.opendocument.text", CompressionLevel.NoCompression);
            Add(archive, "META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>
                """);
            Add(archive, "content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Isi laporan tetap ada.</text:p></office:text></office:body></office:document-content>
                """);
            Add(archive, "meta.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><meta:initial-creator>{Marker}</meta:initial-creator><dc:creator>{Marker}</dc:creator><meta:printed-by>{Marker}</meta:printed-by><dc:title>Judul Dokumen</dc:title></office:meta></office:document-meta>
                """);
        }
        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = archive.CreateEntry(name, level).Open();
        stream.Write(Encoding.UTF8.GetBytes(text.Trim()));
    }

    /// <summary>The start of a 64-bit ELF executable.</summary>
    public static byte[] Elf()
    {
        var bytes = new byte[512];
        new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 }.CopyTo(bytes, 0);
        new Random(1).NextBytes(bytes.AsSpan(64));
        return bytes;
    }

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;
}
