using System.Globalization;
using System.Text;
using System.Xml;

namespace Wbs.CaseManagement.Apis;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as a static, accessible SVG: horizontal (stacked) bars with text labels
/// and values, a <c>title</c> and a <c>desc</c> that reads the data out, and no script. Written through
/// <see cref="XmlWriter"/> so tenant-supplied labels are always escaped.
/// </summary>
internal static class SvgChart
{
    private const string Ns = "http://www.w3.org/2000/svg";
    private const int Width = 720, LabelWidth = 220, BarWidth = 380, RowHeight = 30, Top = 56, BarHeight = 20;
    private static readonly string[] Colours = ["#1d4e89", "#b3261e", "#7a7a7a"];

    public static string Render(ChartSpec chart)
    {
        var legend = chart.Series.Count > 1 ? 24 : 0;
        var height = Top + legend + Math.Max(1, chart.Bars.Count) * RowHeight + 16;
        var max = chart.Bars.Select(b => b.Values.Sum()).DefaultIfEmpty(0).Max();
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            w.WriteStartElement("svg", Ns);
            w.WriteAttributeString("viewBox", $"0 0 {Width} {height}");
            w.WriteAttributeString("width", N(Width));
            w.WriteAttributeString("height", N(height));
            w.WriteAttributeString("role", "img");
            w.WriteAttributeString("aria-labelledby", "chart-title chart-desc");
            w.WriteAttributeString("font-family", "DejaVu Sans, Arial, sans-serif");
            w.WriteAttributeString("font-size", "13");
            w.WriteStartElement("title", Ns); w.WriteAttributeString("id", "chart-title"); w.WriteString(chart.Title); w.WriteEndElement();
            w.WriteStartElement("desc", Ns); w.WriteAttributeString("id", "chart-desc"); w.WriteString(chart.Description); w.WriteEndElement();
            Rect(w, 0, 0, Width, height, "#ffffff", null);
            Text(w, 16, 28, chart.Title, "start", "heading", bold: true);

            var y = Top;
            if (legend > 0)
            {
                var x = LabelWidth;
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    Rect(w, x, y - 11, 12, 12, Colours[s % Colours.Length], null);
                    Text(w, x + 18, y, chart.Series[s], "start", "legend");
                    x += 24 + chart.Series[s].Length * 8;
                }
                y += legend;
            }
            if (chart.Bars.Count == 0)
            {
                Text(w, LabelWidth, y + 18, chart.Description, "start", "empty");
            }
            foreach (var bar in chart.Bars)
            {
                Text(w, LabelWidth - 8, y + 15, bar.Label, "end", "label");
                double x = LabelWidth;
                for (var s = 0; s < bar.Values.Count; s++)
                {
                    var length = max <= 0 ? 0 : bar.Values[s] / max * BarWidth;
                    if (bar.Values[s] > 0)
                    {
                        Rect(w, x, y, Math.Max(length, 1), BarHeight, Colours[s % Colours.Length],
                            $"{bar.Label}: {(chart.Series.Count > 1 ? chart.Series[s] + " " : "")}{bar.Values[s].ToString("0.##", CultureInfo.InvariantCulture)}");
                    }
                    x += length;
                }
                Text(w, x + 6, y + 15, bar.ValueText, "start", "value");
                y += RowHeight;
            }
            w.WriteEndElement();
        }
        return text.ToString();
    }

    private static void Rect(XmlWriter w, double x, double y, double width, double height, string fill, string? title)
    {
        w.WriteStartElement("rect", Ns);
        if (title is not null)
        {
            w.WriteAttributeString("class", "bar");
        }
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("width", N(width));
        w.WriteAttributeString("height", N(height));
        w.WriteAttributeString("fill", fill);
        if (title is not null)
        {
            w.WriteStartElement("title", Ns); w.WriteString(title); w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string value, string anchor, string cssClass, bool bold = false)
    {
        w.WriteStartElement("text", Ns);
        w.WriteAttributeString("class", cssClass);
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("text-anchor", anchor);
        w.WriteAttributeString("fill", "#1a1a1a");
        if (bold)
        {
            w.WriteAttributeString("font-weight", "bold");
            w.WriteAttributeString("font-size", "16");
        }
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
