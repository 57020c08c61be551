namespace Wbs.EvidenceStorage.Tests.Producers;

/// <summary>
/// Flat OpenDocument sources (one XML file each) that LibreOffice turns into real DOCX, ODT, PDF,
/// XLSX and PPTX files: authors, printer, company, a template under <c>C:\Users\…</c>, and a photo.
/// </summary>
public static class FlatDocuments
{
    private const string Namespaces =
        """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" """
        + """xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" """
        + """xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" """
        + """xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" """
        + """xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" """;

    private static string Meta(string marker) => $"""
        <office:meta>
          <meta:initial-creator>{marker} Awal</meta:initial-creator>
          <dc:creator>{marker} Akhir</dc:creator>
          <meta:printed-by>{marker} Cetak</meta:printed-by>
          <dc:title>Laporan</dc:title>
          <meta:template xlink:type="simple" xlink:actuate="onRequest" xlink:title="{marker}Template" xlink:href="file:///C:/Users/{marker}/Templates/surat.ott"/>
          <meta:user-defined meta:name="Company">{marker}Company</meta:user-defined>
        </office:meta>
        """;

    private static string Photo(string base64, string anchor) => $"""
        <draw:frame draw:name="foto" svg:width="2cm" svg:height="1.5cm" svg:x="1cm" svg:y="1cm" {anchor}><draw:image><office:binary-data>{base64}</office:binary-data></draw:image></draw:frame>
        """;

    public static string Text(string marker, string photo) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document {Namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
        {Meta(marker)}
        <office:body><office:text>
          <text:p>Isi laporan tentang pengadaan.</text:p>
          <text:p>{Photo(photo, "text:anchor-type=\"as-char\"")}</text:p>
        </office:text></office:body>
        </office:document>
        """;

    public static string Spreadsheet(string marker, string photo) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document {Namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
        {Meta(marker)}
        <office:body><office:spreadsheet>
          <table:table table:name="Data">
            <table:shapes>{Photo(photo, "")}</table:shapes>
            <table:table-row><table:table-cell office:value-type="string"><text:p>Anggaran desa</text:p></table:table-cell></table:table-row>
          </table:table>
        </office:spreadsheet></office:body>
        </office:document>
        """;

    public static string Presentation(string marker, string photo) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document {Namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
        {Meta(marker)}
        <office:body><office:presentation>
          <draw:page draw:name="Slide1">{Photo(photo, "")}</draw:page>
        </office:presentation></office:body>
        </office:document>
        """;
}
