using System.Text.Json;

namespace Wbs.TestSupport;

/// <summary>
/// What the ops team sees on the Aspire dashboard, read through its telemetry HTTP API
/// (<c>/api/telemetry/spans|logs</c>, header <c>x-api-key</c>).
/// </summary>
public static class DashboardTelemetry
{
    public static readonly string[] Services = ["gateway", "intake", "identity", "casemanagement", "evidencestorage", "notification", "web"];

    /// <param name="arrived">
    /// Whether a service's telemetry (its name, spans, logs) already holds what the test just did: exporters batch
    /// for a few seconds, and a fixture shared by several tests has spans of earlier ones.
    /// </param>
    /// <returns>Per service its spans and its structured logs (OTLP JSON), once every service's spans have arrived.</returns>
    public static async Task<IReadOnlyList<string>> ReadAsync(AppHostFixture system, CancellationToken cancellationToken, int limit = 500,
        Func<string, string, string, bool>? arrived = null)
    {
        using var dashboard = Client(system);
        var telemetry = new List<string>();
        foreach (var service in Services)
        {
            var both = await Eventually.GetAsync(async () =>
            {
                var spans = await GetOrNullAsync(dashboard, $"/api/telemetry/spans?resource={service}&limit={limit}", cancellationToken);
                var logs = await GetOrNullAsync(dashboard, $"/api/telemetry/logs?resource={service}&limit={limit}", cancellationToken);
                return spans is not null && logs is not null && CountItems(spans, "spans") > 0 && (arrived?.Invoke(service, spans, logs) ?? true)
                    ? new[] { spans, logs }
                    : null;
            }, TimeSpan.FromSeconds(90), $"spans of {service} on the dashboard");
            telemetry.AddRange(both);
        }
        return telemetry;
    }

    /// <returns>The spans of <paramref name="resource"/> on the dashboard, as OTLP JSON objects in the dashboard's order.</returns>
    public static async Task<List<JsonElement>> SpansAsync(AppHostFixture system, string resource, int limit = 5000)
    {
        using var dashboard = Client(system);
        if (await GetOrNullAsync(dashboard, $"/api/telemetry/spans?resource={resource}&limit={limit}", CancellationToken.None) is not { } body)
        {
            return [];
        }
        using var json = JsonDocument.Parse(body);
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

    /// <returns>The body, or null while the dashboard does not know the resource yet (404 until its first telemetry arrives).</returns>
    private static async Task<string?> GetOrNullAsync(HttpClient dashboard, string path, CancellationToken cancellationToken)
    {
        using var response = await dashboard.GetAsync(path, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

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
