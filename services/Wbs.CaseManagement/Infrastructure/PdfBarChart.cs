using System.Globalization;
using PdfSharp.Drawing;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Draws a <see cref="ChartSpec"/> on a PDF page as vector columns (one per bar, its series stacked), with a value
/// axis, the bars' labels under them, each column's total above it and a legend: the periodic report's time charts.
/// </summary>
internal static class PdfBarChart
{
    public const double Height = 200;
    private const double AxisWidth = 34, LabelsHeight = 34, LegendHeight = 16, TopRoom = 12;
    private static readonly XColor Ink = XColor.FromArgb(26, 26, 26), Grid = XColor.FromArgb(200, 200, 200);
    private static readonly XColor[] Colours = [XColor.FromArgb(29, 78, 137), XColor.FromArgb(179, 38, 30), XColor.FromArgb(95, 95, 95)];

    /// <param name="area">Where the chart goes (the title is drawn by the caller).</param>
    /// <param name="axisLabel">The value axis' name in the reader's language; <paramref name="monthAxis"/> the bars' axis.</param>
    public static void Draw(XGraphics g, ChartSpec chart, XRect area, string axisLabel, string monthAxis, Func<double, bool, XFont> font)
    {
        var ink = new XSolidBrush(Ink);
        var small = font(7, false);
        DrawLegend(g, chart.Series, area, small, ink);
        var plot = new XRect(area.X + AxisWidth, area.Y + LegendHeight + TopRoom, area.Width - AxisWidth, area.Height - LegendHeight - TopRoom - LabelsHeight);
        var max = Math.Max(1, Math.Ceiling(chart.Bars.Select(b => b.Values.Sum()).DefaultIfEmpty(0).Max()));
        foreach (var tick in new[] { 0, Math.Round(max / 2), max }.Distinct())
        {
            var y = plot.Bottom - plot.Height * tick / max;
            g.DrawLine(new XPen(Grid, 0.5), plot.Left, y, plot.Right, y);
            g.DrawString(tick.ToString(CultureInfo.InvariantCulture), small, ink, new XRect(area.X, y - 5, AxisWidth - 4, 10), XStringFormats.CenterRight);
        }
        g.DrawString(axisLabel, small, ink, new XRect(area.X, area.Y + LegendHeight, AxisWidth + 120, 10), XStringFormats.TopLeft);
        g.DrawLine(new XPen(Ink, 0.8), plot.Left, plot.Top, plot.Left, plot.Bottom);
        g.DrawLine(new XPen(Ink, 0.8), plot.Left, plot.Bottom, plot.Right, plot.Bottom);
        if (chart.Bars.Count > 0)
        {
            DrawColumns(g, chart.Bars, plot, max, small, ink);
        }
        g.DrawString(monthAxis, small, ink, new XRect(plot.Left, plot.Bottom + LabelsHeight - 11, plot.Width, 10), XStringFormats.TopCenter);
    }

    private static void DrawColumns(XGraphics g, IReadOnlyList<ChartBar> bars, XRect plot, double max, XFont small, XBrush ink)
    {
        var slot = plot.Width / bars.Count;
        var width = Math.Min(36, slot * 0.6);
        // Labels thin out when the period has more months than fit side by side.
        var labelEvery = (int)Math.Ceiling(bars.Count / Math.Max(1, plot.Width / 40));
        for (var i = 0; i < bars.Count; i++)
        {
            var x = plot.Left + slot * i + (slot - width) / 2;
            var top = plot.Bottom;
            for (var s = 0; s < bars[i].Values.Count; s++)
            {
                var h = plot.Height * bars[i].Values[s] / max;
                if (h > 0)
                {
                    top -= h;
                    g.DrawRectangle(new XSolidBrush(Colours[s % Colours.Length]), x, top, width, h);
                }
            }
            var total = bars[i].Values.Sum();
            var values = bars[i].Values.Count > 1 ? string.Join(" / ", bars[i].Values.Select(Number)) : Number(total);
            g.DrawString(values, small, ink, new XRect(x - slot / 2, top - 10, width + slot, 9), XStringFormats.BottomCenter);
            if (i % labelEvery == 0)
            {
                var label = bars[i].Label.Split(' ', 2);
                g.DrawString(label[0], small, ink, new XRect(plot.Left + slot * i, plot.Bottom + 2, slot, 8), XStringFormats.TopCenter);
                g.DrawString(label.ElementAtOrDefault(1) ?? "", small, ink, new XRect(plot.Left + slot * i, plot.Bottom + 10, slot, 8), XStringFormats.TopCenter);
            }
        }
    }

    private static void DrawLegend(XGraphics g, IReadOnlyList<string> series, XRect area, XFont small, XBrush ink)
    {
        var x = area.X + AxisWidth;
        for (var s = 0; s < series.Count; s++)
        {
            g.DrawRectangle(new XSolidBrush(Colours[s % Colours.Length]), x, area.Y + 2, 8, 8);
            g.DrawString(series[s], small, ink, new XRect(x + 11, area.Y, 200, 10), XStringFormats.TopLeft);
            x += 11 + g.MeasureString(series[s], small).Width + 14;
        }
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
