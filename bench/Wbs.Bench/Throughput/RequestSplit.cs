using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>
/// Where a service's requests of one route spent their time, from its spans on the dashboard: the
/// request itself and each kind of call under it (a database statement, a call to a peer) with its
/// median and p95, so a missed latency target points at the step to work on.
/// </summary>
public static class RequestSplit
{
    public sealed record Route(string Resource, string Name, string Label);

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;

    /// <summary>Prints the split of each route's requests that started after <paramref name="sinceUnixNano"/>.</summary>
    public static async Task PrintAsync(AppHostFixture system, long sinceUnixNano, params Route[] routes)
    {
        // Exporters batch for a few seconds: wait until the phase's last requests have arrived.
        await Task.Delay(TimeSpan.FromSeconds(6));
        foreach (var resource in routes.GroupBy(r => r.Resource))
        {
            var spans = await DashboardTelemetry.SpansAsync(system, resource.Key, 10_000);
            foreach (var route in resource)
            {
                Print(spans, route, sinceUnixNano);
            }
        }
    }

    private static void Print(List<JsonElement> spans, Route route, long sinceUnixNano)
    {
        var roots = spans.Where(s => s.GetProperty("name").GetString() == route.Name && DashboardTelemetry.StartUnixNano(s) >= sinceUnixNano)
            .ToDictionary(s => s.GetProperty("spanId").GetString()!);
        if (roots.Count == 0)
        {
            Console.WriteLine($"  {route.Label}: no spans of {route.Name} on the dashboard");
            return;
        }
        var steps = spans.Where(s => s.TryGetProperty("parentSpanId", out var p) && p.GetString() is { } parent && roots.ContainsKey(parent))
            .GroupBy(Step).Select(g => (Step: g.Key, Ms: g.Select(Milliseconds).ToList()))
            .OrderByDescending(g => g.Ms.Sum());
        Console.WriteLine($"  {route.Label}, {roots.Count} requests in {route.Resource}: {Describe(roots.Values.Select(Milliseconds).ToList())}");
        foreach (var (step, ms) in steps)
        {
            Console.WriteLine($"    {Describe(ms)}  {ms.Count,4}x {step}");
        }
    }

    private static string Describe(List<double> ms) => $"p50 {Latency.Percentile(ms, 50),6:F1} ms, p95 {Latency.Percentile(ms, 95),6:F1} ms";

    /// <summary>A database span by the start of its statement, any other by its name.</summary>
    private static string Step(JsonElement span)
    {
        var statement = span.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().Where(a => a.GetProperty("key").GetString() is "db.query.text" or "db.statement")
                .Select(a => a.GetProperty("value").GetProperty("stringValue").GetString()).FirstOrDefault()
            : null;
        if (statement is null)
        {
            return span.GetProperty("name").GetString()!;
        }
        var oneLine = string.Join(' ', statement.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return "sql: " + oneLine[..Math.Min(90, oneLine.Length)];
    }

    private static double Milliseconds(JsonElement span) => DashboardTelemetry.Duration(span).TotalMilliseconds;
}
