using System.IO.Compression;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>A workbook whose custom properties, thumbnail, comment authors and threaded-comment people name <see cref="SampleFiles.Marker"/>.</summary>
public static class SampleOffice
{
    public const string CellText = "Anggaran desa 2026";

    public static byte[] XlsxWithMetadata()
    {
        var marker = SampleFiles.Marker;
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>
                """);
            Add(archive, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="/docProps/custom.xml"/></Relationships>
                """);
            Add(archive, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Add(archive, "xl/worksheets/sheet1.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{CellText}</t></is></c></row></sheetData></worksheet>
                """);
            Add(archive, "xl/comments1.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>{marker}</author><author>Rekan {marker}</author></authors><commentList><comment ref="A1" authorId="1"><text><r><t>Cek angka ini</t></r></text></comment></commentList></comments>
                """);
            Add(archive, "xl/persons/person.xml", $$"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="{{marker}}" id="{00000000-0000-0000-0000-000000000001}" userId="{{marker}}@contoh.go.id" providerId="AD"/></personList>
                """);
            Add(archive, "docProps/custom.xml", $$"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Pemilik"><vt:lpwstr>{{marker}}</vt:lpwstr></property></Properties>
                """);
            using var thumbnail = archive.CreateEntry("docProps/thumbnail.jpeg").Open();
            thumbnail.Write([.. SampleFiles.BaselineJpeg[..^2], .. Encoding.ASCII.GetBytes(marker), 0xFF, 0xD9]);
        }
        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text.Trim()));
    }
}
