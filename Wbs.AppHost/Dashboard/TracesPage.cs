using Wbs.AppHost.Dashboard.Telemetry;
using static Wbs.AppHost.Dashboard.Html;

namespace Wbs.AppHost.Dashboard;

/// <summary>Traces by service (root span, duration, status) and one trace's span tree.</summary>
public static class TracesPage
{
    public static IEndpointRouteBuilder MapTracePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/traces", Traces);
        app.MapGet("/traces/{traceId}", Trace);
        return app;
    }

    public static IResult Traces(string? service, TelemetryStore store)
    {
        var traces = store.Spans()
            .GroupBy(s => s.TraceId)
            .Where(g => string.IsNullOrEmpty(service) || g.Any(s => s.Service == service))
            .Select(g =>
            {
                var ids = g.Select(s => s.SpanId).ToHashSet();
                var root = g.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? g.First();
                var end = g.Max(s => s.Start + s.Duration);
                return (Root: root, Start: g.Min(s => s.Start), Duration: end - g.Min(s => s.Start), Count: g.Count(),
                    Services: string.Join(", ", g.Select(s => s.Service).Distinct()), Error: g.Any(s => s.IsError));
            })
            .OrderByDescending(t => t.Start)
            .Take(200)
            .Select(t => $"""
                <tr class="{(t.Error ? "bad" : "")}"><td>{Time(t.Start)}</td><td><a href="/traces/{Q(t.Root.TraceId)}">{E(t.Root.Name)}</a></td>
                <td>{E(t.Services)}</td><td>{Duration(t.Duration)}</td><td>{t.Count}</td><td>{(t.Error ? "error" : "ok")}</td></tr>
                """);
        var filter = $"<form method=\"get\">{ServiceSelect(store.Services(), service)} <button>Saring / Filter</button></form>";
        return Page("Jejak / Traces", filter + Table(["Waktu / Time", "Nama / Name", "Layanan / Services", "Durasi / Duration", "Span", "Status"], traces));
    }

    public static IResult Trace(string traceId, TelemetryStore store)
    {
        var spans = store.Spans().Where(s => s.TraceId == traceId).ToList();
        if (spans.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Jejak tidak ditemukan. / Trace not found.");
        }
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var children = spans.ToLookup(s => s.ParentSpanId is { } p && ids.Contains(p) ? p : "");
        var start = spans.Min(s => s.Start);
        var rows = new List<string>();
        void Walk(string parent, int depth)
        {
            foreach (var span in children[parent].OrderBy(s => s.Start))
            {
                var attributes = string.Join("<br>", span.Attributes.Select(a => $"{E(a.Key)} = {E(a.Value)}"));
                rows.Add($"""
                    <tr class="{(span.IsError ? "bad" : "")}"><td style="padding-left:{depth * 1.5 + 0.5}em">{E(span.Name)}</td><td>{E(span.Service)}</td>
                    <td>{E(span.Kind)}</td><td>+{Duration(span.Start - start)}</td><td>{Duration(span.Duration)}</td>
                    <td>{(span.IsError ? "error " + E(span.StatusMessage) : "ok")}</td><td><small>{attributes}</small></td></tr>
                    """);
                Walk(span.SpanId, depth + 1);
            }
        }
        Walk("", 0);
        return Page($"Jejak / Trace {traceId}",
            Table(["Span", "Layanan / Service", "Jenis / Kind", "Mulai / Start", "Durasi / Duration", "Status", "Atribut / Attributes"], rows),
            refreshSeconds: null);
    }
}
