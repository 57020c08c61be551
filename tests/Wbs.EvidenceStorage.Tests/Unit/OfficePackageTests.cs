using System.IO.Compression;
using System.Xml.Linq;

namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class OfficePackageTests
{
    [Fact]
    public void Xlsx_WithCustomPropertiesThumbnailAndCommentAuthors_DropsAndBlanksThemAndStaysConsistent()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Xlsx, SampleOffice.XlsxWithMetadata());
        Assert.Equal(["commentAuthors", "customProperties", "thumbnail", "timestamps"], removed);

        using var zip = new ZipArchive(new MemoryStream(cleaned), ZipArchiveMode.Read);
        Assert.Null(zip.GetEntry("docProps/custom.xml"));
        Assert.Null(zip.GetEntry("docProps/thumbnail.jpeg"));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain(SampleFiles.Marker, reader.ReadToEnd());
        }

        // Every relationship and override still points at a part that exists.
        var rels = Load(zip, "_rels/.rels");
        var targets = rels.Root!.Elements().Select(r => r.Attribute("Target")!.Value.TrimStart('/')).ToList();
        Assert.Equal(["xl/workbook.xml"], targets);
        var overrides = Load(zip, "[Content_Types].xml").Root!.Elements().Where(e => e.Name.LocalName == "Override")
            .Select(o => o.Attribute("PartName")!.Value.TrimStart('/')).ToList();
        Assert.All(overrides, part => Assert.NotNull(zip.GetEntry(part)));
        Assert.Equal(3, overrides.Count);

        // Comments keep pointing at author index 1: both author elements stay, empty.
        var authors = Load(zip, "xl/comments1.xml").Descendants().Where(e => e.Name.LocalName == "author").ToList();
        Assert.Equal(2, authors.Count);
        Assert.All(authors, a => Assert.Empty(a.Value));
        Assert.Contains(Load(zip, "xl/comments1.xml").Descendants(), e => e.Name.LocalName == "comment" && e.Attribute("authorId")?.Value == "1");
        var person = Load(zip, "xl/persons/person.xml").Root!.Elements().Single();
        Assert.Equal("", person.Attribute("displayName")!.Value);
        Assert.Equal("AD", person.Attribute("providerId")!.Value);

        Assert.Contains(SampleOffice.CellText, Load(zip, "xl/worksheets/sheet1.xml").Root!.Value);
        Assert.Same(EvidenceKinds.Xlsx, FileTypeDetector.Detect(new MemoryStream(cleaned), ".xlsx"));
    }

    [Fact]
    public void Docx_WithoutCustomPropertiesOrThumbnail_KeepsItsRelationships()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Docx, SampleFiles.DocxWithMetadata());
        Assert.DoesNotContain("customProperties", removed);
        Assert.DoesNotContain("thumbnail", removed);
        using var zip = new ZipArchive(new MemoryStream(cleaned), ZipArchiveMode.Read);
        Assert.Equal(3, Load(zip, "_rels/.rels").Root!.Elements().Count());
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
