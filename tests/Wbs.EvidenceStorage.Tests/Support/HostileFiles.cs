using System.Buffers.Binary;
using System.IO.Compression;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>Files built to hurt a parser: bombs, quadratic patterns, deep nesting, truncation, polyglots.</summary>
public static class HostileFiles
{
    /// <summary>1 MiB of XMP openers (and of Info keys opening strings) with one closer at the very end.</summary>
    public static byte[] PdfOfXmpOpeners()
    {
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        while (pdf.Length < 512 * 1024)
        {
            pdf.Write("<rdf:RDF <dc:creator>"u8);
        }
        while (pdf.Length < 1024 * 1024)
        {
            pdf.Write("/Author("u8);
        }
        pdf.Write("</rdf:RDF>\n%%EOF\n"u8);
        return pdf.ToArray();
    }

    /// <summary>A PDF that runs a script when opened (an OpenAction of type JavaScript).</summary>
    public static byte[] PdfWithJavaScript() =>
        [.. "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>\nendobj\n"u8,
            .. "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8];

    /// <summary>
    /// A page whose compressed drawing instructions hold an inline JPEG declared huge (60000 × 60000) whose EXIF
    /// segment claims more bytes than follow: no end-of-image marker, no <c>EI</c>.
    /// </summary>
    public static byte[] PdfInlineJpegWithoutEnd()
    {
        byte[] content = [.. "q 10 0 0 10 0 0 cm BI /W 60000 /H 60000 /BPC 8 /CS /RGB /F /DCT ID "u8, 0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xF0,
            .. "Exif\0\0MM"u8, .. new byte[100]];
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }
        return [.. System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"),
            .. compressed.ToArray(), .. "\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n"u8];
    }

    /// <summary>1 MiB of inline image headers that never reach their data (<c>BI /W 1 /H 1 BI …</c>) in plain drawing instructions.</summary>
    public static byte[] PdfOfInlineImageOpeners()
    {
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n1 0 obj\n<< /Length 1048576 >>\nstream\n"u8);
        while (pdf.Length < 1024 * 1024)
        {
            pdf.Write("BI /W 1 /H 1 /F [/DCT "u8);
        }
        pdf.Write("\nendstream\nendobj\n%%EOF\n"u8);
        return pdf.ToArray();
    }

    /// <summary>A PDF of 200,000 nested arrays.</summary>
    public static byte[] DeeplyNestedPdf() =>
        [.. "%PDF-1.4\n1 0 obj\n"u8, .. Enumerable.Repeat((byte)'[', 200_000), .. Enumerable.Repeat((byte)']', 200_000), .. "\nendobj\n%%EOF\n"u8];

    /// <summary>A DOCX whose document part inflates to 64 MiB of zeros.</summary>
    public static byte[] ZipBombDocx()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }
        return zip.ToArray();
    }

    /// <summary>A DOCX whose core properties declare a billion-laughs entity.</summary>
    public static byte[] EntityBombDocx()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add(archive, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            Add(archive, "docProps/core.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">&lol4;</cp:coreProperties>
                """);
        }
        return zip.ToArray();
    }

    /// <summary>A DOCX carrying a VBA project.</summary>
    public static byte[] MacroDocx()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add(archive, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            Add(archive, "word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\"");
        }
        return zip.ToArray();
    }

    /// <summary>An MP4 whose movie box nests 100 levels of track boxes.</summary>
    public static byte[] DeeplyNestedMp4()
    {
        byte[] inner = [];
        for (var i = 0; i < 100; i++)
        {
            inner = Box("trak", inner);
        }
        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 0, 0]), .. Box("moov", inner)];
    }

    /// <summary>An MP4 cut off inside its movie box.</summary>
    public static byte[] TruncatedMp4()
    {
        var whole = (byte[])[.. Box("ftyp", [.. "isom"u8, 0, 0, 0, 0]), .. Box("moov", Box("mvhd", new byte[100]))];
        return whole[..(whole.Length - 30)];
    }

    /// <summary>A JPEG with a whole ZIP archive appended after its end.</summary>
    public static byte[] JpegZipPolyglot()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "payload.exe", "MZ" + SampleFiles.Marker);
        }
        return [.. SampleFiles.BaselineJpeg, .. zip.ToArray()];
    }

    private static byte[] Box(string type, byte[] content)
    {
        var box = new byte[8 + content.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        content.CopyTo(box, 8);
        return box;
    }

    private static void Add(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }
}
