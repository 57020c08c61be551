using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// PDFsharp finds no system fonts on Linux: the report uses the Segoe WP faces that ship inside PDFsharp's own
/// package, so a server without any font package still prints the report the same.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    public const string Family = "WbsReport";
    private const string Regular = "WbsReport-Regular", Bold = "WbsReport-Bold";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == Bold ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;

    private static readonly Lock Gate = new();

    /// <summary>PDFsharp's resolver is process-wide and may be set only once.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new ReportFontResolver();
        }
    }
}
