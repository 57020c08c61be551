using System.Net.Http.Json;

namespace Wbs.Bench;

/// <summary>Signing in with a complaint code (digest lookup and ES256 signing).</summary>
public static class CodeSessionBench
{
    public const double P95TargetMs = 200;

    public static async Task<BenchResult> RunAsync(Wbs.TestSupport.AppHostFixture system, int count)
    {
        using var http = system.CreateClient();
        var code = (await Payloads.SubmitAsync(http, 0)).GetProperty("complaintCode").GetString()!;
        await Wbs.TestSupport.Eventually.TrueAsync(async () =>
            (await http.PostAsJsonAsync("/api/banjarnegara/sessions", new { complaintCode = code })).IsSuccessStatusCode);

        var samples = await Latency.MeasureAsync(count, async _ =>
        {
            using var response = await http.PostAsJsonAsync("/api/banjarnegara/sessions", new { complaintCode = code });
            response.EnsureSuccessStatusCode();
        });
        var p95 = Latency.Percentile(samples, 95);
        return new BenchResult("code session", $"p50 {Latency.Percentile(samples, 50):F0} ms, p95 {p95:F0} ms",
            $"p95 < {P95TargetMs} ms", p95 < P95TargetMs);
    }
}
