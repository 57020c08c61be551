using System.Xml.Linq;

namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class PdfCleanerTests
{
    [Fact]
    public void Pdf_WithInfoAndXmp_BlanksThemInPlaceAndKeepsTheStructure()
    {
        var original = SamplePdf.WithMetadata();
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Pdf, original);

        Assert.Equal(["documentInfo", "xmp"], removed);
        Assert.Equal(original.Length, cleaned.Length);
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker), "the PDF still names the author");
        Assert.False(SampleFiles.Contains(cleaned, SamplePdf.HexMarker), "the hex-encoded producer is still there");
        Assert.False(SampleFiles.Contains(cleaned, "Microsoft Word"), "the creator is still there");

        var objects = PdfAssert.Objects(cleaned);
        Assert.Contains($"/Title ({SamplePdf.Title})", objects[5]);
        Assert.Contains("/CreationDate (D:20260101)", objects[5]);
        Assert.Matches(@"/Author \( +\) /Creator \( +\) /Producer <(20)+> /Subject \( +\) /Keywords\( +\)/CreationDate", objects[5]);

        var xmp = XDocument.Parse(Encoding.UTF8.GetString(PdfAssert.Stream(cleaned, objects[4])));
        var all = xmp.Descendants().ToList();
        Assert.Contains(all, e => e.Name.LocalName == "li" && e.Value == SamplePdf.Title);
        Assert.All(all.Where(e => e.Name.LocalName is "creator" or "DocumentID" or "InstanceID" or "Keywords"), e => Assert.Empty(e.Value.Trim()));
        var description = all.Single(e => e.Name.LocalName == "Description");
        Assert.Empty(description.Attribute(XName.Get("CreatorTool", "http://ns.adobe.com/xap/1.0/"))!.Value.Trim());
        Assert.Empty(description.Attribute(XName.Get("Producer", "http://ns.adobe.com/pdf/1.3/"))!.Value.Trim());
    }

    [Theory]
    [InlineData(-4)]
    [InlineData(5)]
    [InlineData(8)]
    public void Pdf_InfoAcrossAScanBlockBoundary_IsStillFound(int offsetFromBoundary)
    {
        var unpadded = SamplePdf.WithMetadata();
        var author = Encoding.Latin1.GetString(unpadded).IndexOf("/Author", StringComparison.Ordinal);
        // The padding line adds '%' and '\n' around its x's.
        var original = SamplePdf.WithMetadata((1 << 20) + offsetFromBoundary - author - 2);
        Assert.Equal((1 << 20) + offsetFromBoundary, Encoding.Latin1.GetString(original).IndexOf("/Author", StringComparison.Ordinal));

        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Pdf, original);
        Assert.Contains("documentInfo", removed);
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        PdfAssert.Objects(cleaned);
    }

    [Fact]
    public void Pdf_WithBlankOrIndirectValues_ReportsNothing()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Author () /Creator 7 0 R /Producer <> /Keywords (   ) >>\nendobj\ntrailer<<>>\n%%EOF\n");
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Pdf, pdf);
        Assert.Equal(pdf, cleaned);
        Assert.Empty(removed);
    }

    [Fact]
    public void Pdf_NameThatOnlyStartsLikeAKey_IsLeftAlone()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /AuthorNote (tetap) >>\nendobj\n%%EOF\n");
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Pdf, pdf);
        Assert.Equal(pdf, cleaned);
        Assert.Empty(removed);
    }

    [Fact]
    public void Pdf_InlineJpegInPlainDrawingInstructions_LosesItsExifInPlace_AndCleaningAgainChangesNothing()
    {
        // The JPEG without what follows its end-of-image marker (the sample carries trailing data).
        var photo = SampleFiles.JpegWithMetadata();
        var jpeg = photo[..(photo.AsSpan().IndexOf([(byte)0xFF, (byte)0xD9]) + 2)];
        byte[] content = [.. "q 64 0 0 48 0 0 cm BI /W 8 /H 8 /BPC 8 /CS /RGB /F /DCT ID "u8, .. jpeg, .. "\nEI Q\n"u8];
        byte[] pdf = [.. Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj\n<< /Length {content.Length} >>\nstream\n"), .. content,
            .. "\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n"u8];

        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Pdf, pdf);

        Assert.Equal(pdf.Length, cleaned.Length);
        Assert.Contains("gps", removed);
        Assert.Contains("embeddedImages", removed);
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker), "the inline picture still names the author");
        Assert.False(SampleFiles.Contains(cleaned, "Exif\0"), "the inline picture still has EXIF");
        Assert.True(SampleFiles.Contains(cleaned, "EI Q"), "the drawing instructions after the picture changed");
        var (again, removedAgain) = CleanerRun.Clean(EvidenceKinds.Pdf, cleaned);
        Assert.Equal(cleaned, again);
        Assert.Empty(removedAgain);
    }
}
