using System.Net;
using System.Text;

namespace Wbs.AppHost.Dashboard;

/// <summary>Server-rendered pages: one layout, encoded text, a meta refresh instead of scripts.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Q(string? text) => Uri.EscapeDataString(text ?? "");

    public static IResult Page(string title, string body, int? refreshSeconds = 5)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!doctype html>
            <html lang="id"><head><meta charset="utf-8"><title>{E(title)} · WBS</title>
            {(refreshSeconds is { } s ? $"<meta http-equiv=\"refresh\" content=\"{s}\">" : "")}
            <style>
            body{"{"}font:14px system-ui,sans-serif;margin:0;color:#1d2733{"}"}
            nav{"{"}background:#12355b;padding:.6em 1em{"}"} nav a{"{"}color:#fff;margin-right:1.2em;text-decoration:none{"}"}
            main{"{"}padding:1em{"}"} table{"{"}border-collapse:collapse;width:100%{"}"}
            th,td{"{"}border-bottom:1px solid #dde;padding:.3em .5em;text-align:left;vertical-align:top{"}"}
            th{"{"}background:#f1f4f8{"}"} .bad{"{"}background:#fde2e1;color:#8a1c12;font-weight:600{"}"}
            .ok{"{"}color:#17693a{"}"} .warn{"{"}color:#8a5a00{"}"} pre{"{"}white-space:pre-wrap;font-size:12px;margin:0{"}"}
            small{"{"}color:#667{"}"} form.inline{"{"}display:inline{"}"}
            </style></head><body>
            <nav><a href="/">Sumber daya / Resources</a><a href="/traces">Jejak / Traces</a><a href="/logs">Log terstruktur / Structured logs</a><a href="/metrics">Metrik / Metrics</a></nav>
            <main><h1>{E(title)}</h1>
            """);
        html.Append(body);
        html.Append("</main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    public static string Table(IEnumerable<string> headers, IEnumerable<string> rows) =>
        $"<table><thead><tr>{string.Concat(headers.Select(h => $"<th>{E(h)}</th>"))}</tr></thead><tbody>{string.Concat(rows)}</tbody></table>";

    public static string Duration(TimeSpan duration) =>
        duration.TotalMilliseconds < 1 ? $"{duration.TotalMicroseconds:0} µs"
        : duration.TotalSeconds < 1 ? $"{duration.TotalMilliseconds:0.#} ms"
        : $"{duration.TotalSeconds:0.##} s";

    public static string Time(DateTimeOffset? time) => time is { } t ? t.ToLocalTime().ToString("HH:mm:ss.fff") : "";

    /// <summary>A select of the known services (plus "all") for filter forms.</summary>
    public static string ServiceSelect(IEnumerable<string> services, string? selected) =>
        "<select name=\"service\"><option value=\"\">semua / all</option>" +
        string.Concat(services.Select(s => $"<option{(s == selected ? " selected" : "")}>{E(s)}</option>")) + "</select>";
}
