using System.Text.Json;

namespace Wbs.TestSupport;

/// <summary>
/// What the ops team sees on the Aspire dashboard, read through its telemetry HTTP API
/// (<c>/api/telemetry/spans|logs</c>, header <c>x-api-key</c>).
/// </summary>
public static class DashboardTelemetry
{
    public static readonly string[] Services = ["gateway", "intake", "identity", "casemanagement", "evidencestorage", "notification", "web"];

    /// <returns>Per service its spans and its structured logs (OTLP JSON), once every service's spans have arrived.</returns>
    public static async Task<IReadOnlyList<string>> ReadAsync(AppHostFixture system, CancellationToken cancellationToken, int limit = 500)
    {
        using var dashboard = Client(system);
        // Exporters batch for a few seconds: wait until every service's spans and logs have arrived.
        var telemetry = new List<string>();
        foreach (var service in Services)
        {
            var spans = await Eventually.GetAsync(async () =>
            {
                var body = await dashboard.GetStringAsync($"/api/telemetry/spans?resource={service}&limit={limit}", cancellationToken);
                return CountItems(body, "spans") > 0 ? body : null;
            }, TimeSpan.FromSeconds(90), $"spans of {service} on the dashboard");
            telemetry.Add(spans);
            telemetry.Add(await dashboard.GetStringAsync($"/api/telemetry/logs?resource={service}&limit={limit}", cancellationToken));
        }
        return telemetry;
    }

    /// <returns>The spans of <paramref name="resource"/> on the dashboard, as OTLP JSON objects in the dashboard's order.</returns>
    public static async Task<List<JsonElement>> SpansAsync(AppHostFixture system, string resource, int limit = 5000)
    {
        using var dashboard = Client(system);
        using var json = JsonDocument.Parse(await dashboard.GetStringAsync($"/api/telemetry/spans?resource={resource}&limit={limit}"));
        return json.RootElement.GetProperty("data").TryGetProperty("resourceSpans", out var resources)
            ? [.. resources.EnumerateArray().SelectMany(r => r.GetProperty("scopeSpans").EnumerateArray())
                .SelectMany(s => s.GetProperty("spans").EnumerateArray()).Select(span => span.Clone())]
            : [];
    }

    /// <summary>When an OTLP span started, in nanoseconds since the Unix epoch.</summary>
    public static long StartUnixNano(JsonElement span) => long.Parse(span.GetProperty("startTimeUnixNano").GetString()!);

    /// <summary>How long an OTLP span lasted.</summary>
    public static TimeSpan Duration(JsonElement span) =>
        TimeSpan.FromTicks((long.Parse(span.GetProperty("endTimeUnixNano").GetString()!) - StartUnixNano(span)) / 100);

    private static HttpClient Client(AppHostFixture system)
    {
        var dashboard = new HttpClient { BaseAddress = new Uri(system.Credentials.Dashboard) };
        dashboard.DefaultRequestHeaders.Add("x-api-key", system.DashboardApiKey);
        return dashboard;
    }

    private static int CountItems(string otlpJson, string kind)
    {
        using var json = JsonDocument.Parse(otlpJson);
        var data = json.RootElement.GetProperty("data");
        var resources = data.TryGetProperty(kind == "spans" ? "resourceSpans" : "resourceLogs", out var r) ? r : default;
        return resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray().Sum(x => x.GetProperty(kind == "spans" ? "scopeSpans" : "scopeLogs").EnumerateArray()
                .Sum(s => s.GetProperty(kind == "spans" ? "spans" : "logRecords").GetArrayLength()))
            : 0;
    }
}
