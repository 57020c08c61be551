using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wbs.Bench.Throughput;

/// <summary>Prints the figures with their ratios and writes them as JSON and a small SVG bar chart of the ratios.</summary>
public static class BenchReport
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<(string Json, string Svg)> WriteAsync(IReadOnlyList<Figure> figures, string directory)
    {
        Console.WriteLine();
        foreach (var f in figures)
        {
            Console.WriteLine(f);
        }
        Directory.CreateDirectory(directory);
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var json = Path.Combine(directory, $"bench-{stamp}.json");
        var svg = Path.Combine(directory, $"bench-{stamp}.svg");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(new
        {
            measuredAt = DateTimeOffset.UtcNow,
            processors = Environment.ProcessorCount,
            figures = figures.Select(f => new { f.Name, f.Value, f.Unit, f.Anchor, f.AnchorValue, f.Ratio }),
        }, Indented));
        await File.WriteAllTextAsync(svg, Chart(figures));
        Console.WriteLine($"\nWritten: {json}\n         {svg}");
        return (json, svg);
    }

    private static string Chart(IReadOnlyList<Figure> figures)
    {
        const int row = 28, label = 300, width = 400;
        var max = Math.Max(1, figures.Max(f => f.Ratio));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{label + width + 80}" height="{row * figures.Count + 40}" font-family="sans-serif" font-size="12">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="4" y="16" font-weight="bold">WBS / anchor (1.0 = the machine's own limit), {Environment.ProcessorCount} cores</text>""");
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var y = 30 + i * row;
            var w = f.Ratio / max * width;
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="4" y="{y + 15}">{Escape(f.Name)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{label}" y="{y + 3}" width="{w:F1}" height="16" fill="#3b7dd8"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{label + w + 4:F1}" y="{y + 15}">{f.Ratio:F3}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
