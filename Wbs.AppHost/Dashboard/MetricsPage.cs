using Wbs.AppHost.Dashboard.Telemetry;
using static Wbs.AppHost.Dashboard.Html;

namespace Wbs.AppHost.Dashboard;

/// <summary>The latest value of every instrument per service.</summary>
public static class MetricsPage
{
    public static IEndpointRouteBuilder MapMetricPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", Metrics);
        return app;
    }

    public static IResult Metrics(string? service, TelemetryStore store)
    {
        var rows = store.Metrics()
            .Where(m => string.IsNullOrEmpty(service) || m.Service == service)
            .Select(m => $"<tr><td>{E(m.Service)}</td><td>{E(m.Name)}</td><td>{E(m.Kind)}</td><td>{E(m.Value)}</td><td>{E(m.Unit)}</td><td>{Time(m.Timestamp)}</td></tr>");
        var filter = $"<form method=\"get\">{ServiceSelect(store.Services(), service)} <button>Saring / Filter</button></form>";
        return Page("Metrik / Metrics",
            filter + Table(["Layanan / Service", "Instrumen / Instrument", "Jenis / Kind", "Nilai terakhir / Latest value", "Satuan / Unit", "Waktu / Time"], rows));
    }
}
