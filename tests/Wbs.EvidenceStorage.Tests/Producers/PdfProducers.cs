namespace Wbs.EvidenceStorage.Tests.Producers;

/// <summary>
/// PDFs whose identifying parts only show once decoded, made by real producers:
/// <list type="bullet">
/// <item>Ghostscript's pdfwrite with XMP given by a <c>pdfmark</c> (the documented way to add custom or PDF/A
/// metadata): it writes that XMP as a Flate-compressed <c>/Type /Metadata</c> stream;</item>
/// <item>ReportLab's <c>drawInlineImage</c> with a JPEG file: the photo's bytes as they are, EXIF and GPS included,
/// as an inline image (<c>BI … /F [/A85 /DCT] ID … EI</c>) inside an ASCII85 and Flate content stream; MuPDF's
/// <c>mutool clean -cz</c> rewrites that into a raw inline JPEG inside a plain Flate content stream.</item>
/// </list>
/// </summary>
public static class PdfProducers
{
    /// <summary>The Debian interpreter: its python3-reportlab, whatever python3 comes first on the PATH.</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>Ghostscript run on this first, then on the PDF, gives the PDF this XMP (compressed).</summary>
    public static string XmpPdfmark(string marker) => $$"""
        %!PS
        [/_objdef {xmp} /type /stream /OBJ pdfmark
        [{xmp} (<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/' xmlns:xmp='http://ns.adobe.com/xap/1.0/'><dc:creator><rdf:Seq><rdf:li>{{marker}}</rdf:li></rdf:Seq></dc:creator><pdf:Author>{{marker}}</pdf:Author><xmp:CreatorTool>{{marker}}Tool</xmp:CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>) /PUT pdfmark
        [{xmp} << /Type /Metadata /Subtype /XML >> /PUT pdfmark
        [{Catalog} << /Metadata {xmp} >> /PUT pdfmark

        """;

    /// <summary>A ReportLab page with a line of text and the photo (argv[1]) drawn inline; written to argv[2].</summary>
    public const string InlinePhotoScript = """
        import sys
        from reportlab.pdfgen import canvas
        page = canvas.Canvas(sys.argv[2], pageCompression=1)
        page.drawString(72, 720, "Laporan pengadaan")
        page.drawInlineImage(sys.argv[1], 72, 600, 64, 48)
        page.showPage()
        page.save()

        """;
}
