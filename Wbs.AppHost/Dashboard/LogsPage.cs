using Wbs.AppHost.Dashboard.Telemetry;
using static Wbs.AppHost.Dashboard.Html;

namespace Wbs.AppHost.Dashboard;

/// <summary>Structured logs (OTLP), filtered by service and minimum level.</summary>
public static class LogsPage
{
    private static readonly (string Name, int Severity)[] Levels =
        [("Trace", 1), ("Debug", 5), ("Information", 9), ("Warning", 13), ("Error", 17), ("Critical", 21)];

    public static IEndpointRouteBuilder MapLogPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/logs", Logs);
        return app;
    }

    public static IResult Logs(string? service, string? level, TelemetryStore store)
    {
        var minimum = Levels.FirstOrDefault(l => string.Equals(l.Name, level, StringComparison.OrdinalIgnoreCase)).Severity;
        var rows = store.Logs()
            .Where(l => string.IsNullOrEmpty(service) || l.Service == service)
            .Where(l => l.SeverityNumber >= minimum)
            .Take(500)
            .Select(l => $"""
                <tr class="{(l.SeverityNumber >= 17 ? "bad" : "")}"><td>{Time(l.Timestamp)}</td><td>{E(l.Service)}</td>
                <td class="{(l.SeverityNumber >= 13 && l.SeverityNumber < 17 ? "warn" : "")}">{E(l.Level)}</td><td><small>{E(l.Category)}</small></td>
                <td>{E(l.Message)}</td><td>{(l.TraceId is { } t ? $"<a href=\"/traces/{Q(t)}\">{E(t[..8])}</a>" : "")}</td></tr>
                """);
        var levelSelect = "<select name=\"level\"><option value=\"\">semua / all</option>" +
            string.Concat(Levels.Select(l => $"<option{(string.Equals(l.Name, level, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{l.Name}</option>")) +
            "</select>";
        var filter = $"<form method=\"get\">{ServiceSelect(store.Services(), service)} {levelSelect} <button>Saring / Filter</button></form>";
        return Page("Log terstruktur / Structured logs",
            filter + Table(["Waktu / Time", "Layanan / Service", "Tingkat / Level", "Kategori / Category", "Pesan / Message", "Jejak / Trace"], rows));
    }
}
