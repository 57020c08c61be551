namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>
/// A one-page PDF with a correct cross-reference table whose document information dictionary and
/// uncompressed XMP metadata stream name the author (<see cref="SampleFiles.Marker"/>), as literal,
/// nested-parenthesis and hex strings, as XMP elements and as XMP attributes.
/// </summary>
public static class SamplePdf
{
    public const string Title = "Judul Dokumen";

    public static string Xmp => $"""
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmp:CreatorTool="Penulis {SampleFiles.Marker}" pdf:Producer='{SampleFiles.Marker} PDF'>
        <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Title}</rdf:li></rdf:Alt></dc:title>
        <dc:creator><rdf:Seq><rdf:li>{SampleFiles.Marker} Sántoso</rdf:li></rdf:Seq></dc:creator>
        <xmpMM:DocumentID>uuid:{SampleFiles.Marker}-1</xmpMM:DocumentID>
        <xmpMM:InstanceID>uuid:{SampleFiles.Marker}-2</xmpMM:InstanceID>
        <pdf:Keywords>{SampleFiles.Marker}</pdf:Keywords>
        </rdf:Description></rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """;

    public static string HexMarker => Convert.ToHexString(Encoding.ASCII.GetBytes(SampleFiles.Marker));

    /// <param name="padding">Length of a comment line before the information dictionary, to move it across block boundaries.</param>
    public static byte[] WithMetadata(int padding = 0)
    {
        var marker = SampleFiles.Marker;
        var xmp = Encoding.UTF8.GetBytes(Xmp);
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"),
            Encoding.ASCII.GetBytes($"<< /Type /Metadata /Subtype /XML /Length {xmp.Length} >>\nstream\n")
                .Concat(xmp).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
            Encoding.ASCII.GetBytes($"<< /Title ({Title}) /Author ({marker}) /Creator (Microsoft Word - {marker}.docx) "
                + $"/Producer <{HexMarker}> /Subject (Tentang \\({marker}\\) (dan {marker}) lain) /Keywords({marker})/CreationDate (D:20260101) >>"),
        };
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            if (i == 4 && padding > 0)
            {
                pdf.Write(Encoding.ASCII.GetBytes("%" + new string('x', padding) + "\n"));
            }
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }
}
