using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// The periodic report a head of inspectorate signs and files ("laporan hasil pengelolaan pengaduan"): the
/// period's counts as tables with bars and its time charts (reports and deadlines per month) as vector columns, on
/// A4, in the reader's language. Counts only, never report content.
/// </summary>
public sealed class StatisticsReportPdf(TimeProvider clock)
{
    private const double Margin = 56, LabelWidth = 230, CountWidth = 60, BarWidth = 190, Line = 17;
    private static readonly XColor Ink = XColor.FromArgb(26, 26, 26), Bar = XColor.FromArgb(29, 78, 137), Missed = XColor.FromArgb(179, 38, 30);

    internal byte[] Write(CaseStatistics s, StatisticsText t, TenantProfile tenant)
    {
        ReportFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        var title = t.T("Laporan Hasil Pengelolaan Pengaduan", "Report on Complaint Handling");
        document.Info.Title = $"{title} — {tenant.Name}";
        document.Info.Creator = "WBS";
        var page = new Pager(document);

        page.Text(title.ToUpperInvariant(), 15, bold: true);
        page.Text(tenant.Name, 12, bold: true);
        page.Text($"{t.T("Periode", "Period")}: {(s.From is { } f ? t.Date(f) : "–")} – {(s.To is { } to ? t.Date(to) : "–")}", 10);
        page.Text($"{t.T("Dibuat", "Produced")}: {t.Date(clock.GetUtcNow())} ({TenantTimeZones.Abbreviation(tenant.TimeZone)})", 10);
        page.Gap();

        page.Heading(t.T("Ringkasan", "Summary"));
        page.Row(t.T("Jumlah laporan diterima", "Reports received"), s.Total, s.Total);
        page.Row(t.Sla("met"), s.Sla.Met, s.Total);
        page.Row(t.Sla("missed"), s.Sla.Missed, s.Total, Missed);
        page.Row(t.Sla("pending"), s.Sla.Pending, s.Total);
        page.Text($"{t.T("Median waktu sampai tanggapan pertama", "Median time to first response")}: " +
            (s.MedianDaysToFirstResponse is { } m ? $"{t.Decimal(m)} {t.T("hari", "days")}" : "–"), 10);

        Section(page, t.T("Menurut status", "By status"), s.ByStatus, t.Status, s.Total);
        Section(page, t.T("Menurut kategori", "By category"), s.ByCategory, t.Category, s.Total);
        Section(page, t.T("Menurut saluran", "By channel"), s.ByChannel, t.Channel, s.Total);
        Section(page, t.T("Menurut jenis pelapor", "By reporter type"), s.ByReporterType, t.ReporterType, s.Total);
        Section(page, t.T("Hasil penanganan (laporan selesai)", "Outcomes (closed reports)"), s.ByOutcome, t.Outcome, s.Total);

        page.Heading(t.T("Per bulan: laporan, tepat waktu, terlambat", "By month: reports, deadline met, missed"));
        foreach (var (month, count) in s.ByMonth)
        {
            var sla = s.SlaByMonth.TryGetValue(month, out var v) ? v : new SlaCounts(0, 0, 0);
            page.Row($"{t.Month(month)} ({sla.Met} / {sla.Missed})", count, s.Total);
        }
        var (reports, months) = (t.T("Jumlah laporan", "Reports"), t.T("Bulan", "Month"));
        page.Chart(StatisticsCharts.For("by-month", s, t)!, reports, months);
        page.Chart(StatisticsCharts.For("sla", s, t)!, reports, months);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Section(Pager page, string heading, IReadOnlyDictionary<string, int> counts, Func<string, string> label, int total)
    {
        page.Heading(heading);
        foreach (var (code, count) in counts)
        {
            page.Row(label(code), count, total);
        }
    }

    /// <summary>Writes lines top to bottom and starts a new A4 page when one is full.</summary>
    private sealed class Pager(PdfDocument document)
    {
        private XGraphics? _g;
        private double _y;
        private double _bottom;

        private XGraphics G
        {
            get
            {
                if (_g is null || _y > _bottom)
                {
                    _g?.Dispose();
                    var page = document.AddPage();
                    page.Size = PageSize.A4;
                    _g = XGraphics.FromPdfPage(page);
                    _y = Margin;
                    _bottom = page.Height.Point - Margin;
                }
                return _g;
            }
        }

        public void Text(string text, double size, bool bold = false)
        {
            var g = G;
            g.DrawString(text, Font(size, bold), new XSolidBrush(Ink), new XRect(Margin, _y, 480, size + 6), XStringFormats.TopLeft);
            _y += size + 7;
        }

        public void Heading(string text)
        {
            Gap();
            Text(text, 12, bold: true);
        }

        public void Gap() => _y += Line / 2;

        /// <summary>A titled chart, on a new page when the rest of this one cannot hold it whole.</summary>
        public void Chart(ChartSpec chart, string axisLabel, string monthAxis)
        {
            if (_g is not null && _y + Line * 2 + PdfBarChart.Height > _bottom)
            {
                _y = _bottom + 1;
            }
            Heading(chart.Title);
            PdfBarChart.Draw(G, chart, new XRect(Margin, _y, 480, PdfBarChart.Height), axisLabel, monthAxis, Font);
            _y += PdfBarChart.Height;
        }

        public void Row(string label, int count, int total, XColor? colour = null)
        {
            var g = G;
            var font = Font(10, false);
            g.DrawString(label, font, new XSolidBrush(Ink), new XRect(Margin, _y, LabelWidth - 8, Line), XStringFormats.TopLeft);
            g.DrawString(count.ToString(CultureInfo.InvariantCulture), font, new XSolidBrush(Ink),
                new XRect(Margin + LabelWidth, _y, CountWidth - 8, Line), XStringFormats.TopRight);
            if (total > 0 && count > 0)
            {
                g.DrawRectangle(new XSolidBrush(colour ?? Bar), Margin + LabelWidth + CountWidth, _y + 2, Math.Max(1, BarWidth * count / total), Line - 6);
            }
            _y += Line;
        }

        private static XFont Font(double size, bool bold) =>
            new(ReportFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

        public void Dispose() => _g?.Dispose();
    }
}
