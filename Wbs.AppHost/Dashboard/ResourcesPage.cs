using System.Text.Json;
using Wbs.Hosting.Orchestration;
using static Wbs.AppHost.Dashboard.Html;

namespace Wbs.AppHost.Dashboard;

/// <summary>Every resource with its state, and RabbitMQ's queues (error queues highlighted).</summary>
public static class ResourcesPage
{
    public static IEndpointRouteBuilder MapResourcePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Resources);
        app.MapGet("/resources/{name}/logs", ConsoleLogs);
        return app;
    }

    public static async Task<IResult> Resources(DistributedApplication app, CancellationToken cancellationToken)
    {
        var rows = app.Monitor.All.Select(s => $"""
            <tr class="{(s.Status is ResourceStatus.Crashed or ResourceStatus.Unhealthy or ResourceStatus.Failed ? "bad" : "")}">
            <td><a href="/resources/{Q(s.Name)}/logs">{E(s.Name)}</a></td><td>{E(s.Kind)}</td>
            <td class="{StatusClass(s.Status)}">{E(StatusText(s))}</td><td>{s.ProcessId}</td>
            <td>{(s.Url is { } url && url.StartsWith("http", StringComparison.Ordinal) ? $"<a href=\"{E(url)}\">{E(url)}</a>" : E(s.Url ?? s.Port?.ToString()))}</td>
            <td>{s.Restarts}</td><td><small>{E(s.Health)}</small></td><td>{Time(s.HealthCheckedAt)}</td></tr>
            """);
        var body = Table(["Nama / Name", "Jenis / Kind", "Status / State", "PID", "Alamat / Address", "Restart", "Kesehatan / Health", "Dicek / Checked"], rows)
            + "<h2>Antrean RabbitMQ / RabbitMQ queues</h2>" + await QueuesAsync(app, cancellationToken);
        return Page("Sumber daya / Resources", body);
    }

    public static IResult ConsoleLogs(string name, DistributedApplication app)
    {
        var state = app.Monitor.All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        if (state is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Sumber daya tidak dikenal. / Unknown resource.");
        }
        var lines = string.Join("\n", state.Logs.Snapshot(500).Select(l => $"{Time(l.Timestamp)}  {E(l.Text)}"));
        return Page($"Log konsol / Console logs: {state.Name}", $"<p>{E(StatusText(state))}, PID {state.ProcessId}, restart {state.Restarts}</p><pre>{lines}</pre>");
    }

    private static async Task<string> QueuesAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var rabbit = app.Resources.OfType<Wbs.Hosting.ApplicationModel.RabbitMQServerResource>().FirstOrDefault()?.Server;
        if (rabbit is null)
        {
            return "<p>RabbitMQ tidak berjalan. / RabbitMQ is not running.</p>";
        }
        try
        {
            using var response = await rabbit.GetManagementAsync("queues", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return $"<p class=\"bad\">Management API: {(int)response.StatusCode}</p>";
            }
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var rows = json.RootElement.EnumerateArray()
                .Select(q => (Name: q.GetProperty("name").GetString() ?? "", VHost: Str(q, "vhost"), Messages: Num(q, "messages"),
                    Ready: Num(q, "messages_ready"), Unacked: Num(q, "messages_unacknowledged"), Consumers: Num(q, "consumers")))
                .OrderByDescending(q => q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages > 0)
                .ThenBy(q => q.Name, StringComparer.Ordinal)
                .Select(q => $"""
                    <tr class="{(q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages > 0 ? "bad" : q.Consumers == 0 ? "warn" : "")}">
                    <td>{E(q.Name)}</td><td>{E(q.VHost)}</td><td>{q.Messages}</td><td>{q.Ready}</td><td>{q.Unacked}</td><td>{q.Consumers}</td></tr>
                    """).ToList();
            return rows.Count == 0 ? "<p>Belum ada antrean. / No queues yet.</p>"
                : Table(["Antrean / Queue", "VHost", "Pesan / Messages", "Siap / Ready", "Belum di-ack / Unacked", "Konsumen / Consumers"], rows);
        }
        catch (HttpRequestException e)
        {
            return $"<p class=\"bad\">{E(e.Message)}</p>";
        }
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";

    private static long Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;

    private static string StatusText(ResourceState s) => s.Status switch
    {
        ResourceStatus.Crashed when s.NextRestartAt is { } at => $"crashed (exit {s.LastExitCode}), restart {Time(at)}",
        _ => s.Status.ToString().ToLowerInvariant(),
    };

    private static string StatusClass(ResourceStatus status) => status switch
    {
        ResourceStatus.Healthy or ResourceStatus.Running => "ok",
        ResourceStatus.Starting or ResourceStatus.Restarting or ResourceStatus.Pending => "warn",
        _ => "",
    };
}
