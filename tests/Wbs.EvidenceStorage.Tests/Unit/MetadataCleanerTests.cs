using System.Buffers.Binary;
using System.IO.Compression;

namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class MetadataCleanerTests
{
    [Fact]
    public void Jpeg_WithExifGpsXmpIptcComment_EqualsTheBaselineImage()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Jpeg, SampleFiles.JpegWithMetadata());
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal(SampleFiles.BaselineJpeg, cleaned);
        Assert.Equal(["comment", "creator", "exif", "gps", "iptc", "trailingData", "xmp"], removed);
        ImageAssert.JpegMarkers(cleaned);
    }

    [Fact]
    public void Jpeg_WithoutMetadata_IsUnchanged()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Jpeg, SampleFiles.BaselineJpeg);
        Assert.Equal(SampleFiles.BaselineJpeg, cleaned);
        Assert.Empty(removed);
    }

    [Fact]
    public void Jpeg_Truncated_IsRejected() =>
        Assert.Throws<InvalidEvidenceException>(() => CleanerRun.Clean(EvidenceKinds.Jpeg, SampleFiles.BaselineJpeg[..^40]));

    [Fact]
    public void Png_WithTextTimeExif_KeepsImageChunksWithValidCrcs()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Png, SampleFiles.PngWithMetadata());
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal(SampleFiles.BaselinePng(), cleaned);
        Assert.Equal(["IHDR", "IDAT", "IEND"], ImageAssert.PngChunks(cleaned));
        Assert.Equal(["exif", "text", "time"], removed);
    }

    [Fact]
    public void WebP_WithExifXmp_DropsChunksFixesFlagsAndSize()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.WebP, SampleFiles.WebPWithMetadata());
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal(["exif", "xmp"], removed);
        Assert.Equal((uint)(cleaned.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(cleaned.AsSpan(4)));
        Assert.Equal("VP8X", Encoding.ASCII.GetString(cleaned, 12, 4));
        Assert.Equal(0x10, cleaned[20]);
        Assert.Equal("VP8L", Encoding.ASCII.GetString(cleaned, 30, 4));
        Assert.Equal(30 + 8 + 16, cleaned.Length);
    }

    [Fact]
    public void Docx_WithAuthors_KeepsTitleAndDocument()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Docx, SampleFiles.DocxWithMetadata());
        Assert.Equal(["company", "creator", "lastModifiedBy", "manager", "revisionAuthors", "timestamps"], removed);
        using var zip = new ZipArchive(new MemoryStream(cleaned), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain(SampleFiles.Marker, reader.ReadToEnd());
        }
        var core = System.Xml.Linq.XDocument.Load(zip.GetEntry("docProps/core.xml")!.Open());
        Assert.Contains(core.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Judul Dokumen");
        var document = new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        Assert.Contains("Isi laporan tetap ada.", document);
    }

    [Fact]
    public void Odt_WithCreators_KeepsMimetypeFirstAndStored()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Odt, SampleFiles.OdtWithMetadata());
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal(["creator", "initialCreator", "printedBy", "timestamps"], removed);
        OdfAssert.MimetypeFirstAndStored(cleaned, "application/vnd.oasis.opendocument.text");
    }

    [Fact]
    public void PlainTypes_AreCopiedUnchanged()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Pdf, pdf);
        Assert.Equal(pdf, cleaned);
        Assert.Empty(removed);
    }
}
