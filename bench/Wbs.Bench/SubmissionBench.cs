using System.Diagnostics;

namespace Wbs.Bench;

/// <summary>Report submission through the gateway: latency one at a time, throughput with a few reporters at once.</summary>
public static class SubmissionBench
{
    public const double P95TargetMs = 300;
    // An agency receives hundreds of reports a month, a platform of many agencies thousands: ten a
    // second on two cores (tracking numbers are issued in order, one transaction at a time) is ample.
    public const double ThroughputTarget = 10;

    public static async Task<BenchResult> RunAsync(Wbs.TestSupport.AppHostFixture system, int sequential, int concurrent, int perWorker)
    {
        using var http = system.CreateClient();
        await Payloads.SubmitAsync(http, -1); // warm-up: JIT, connection pools, first migrations' caches
        var samples = await Latency.MeasureAsync(sequential, i => Payloads.SubmitAsync(http, i));

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrent).Select(async w =>
        {
            using var client = system.CreateClient();
            for (var i = 0; i < perWorker; i++)
            {
                await Payloads.SubmitAsync(client, 10_000 + w * perWorker + i);
            }
        }));
        var perSecond = concurrent * perWorker / watch.Elapsed.TotalSeconds;

        var p50 = Latency.Percentile(samples, 50);
        var p95 = Latency.Percentile(samples, 95);
        return new BenchResult("complaint submission",
            $"p50 {p50:F0} ms, p95 {p95:F0} ms, {perSecond:F1}/s with {concurrent}",
            $"p95 < {P95TargetMs} ms, ≥ {ThroughputTarget}/s", p95 < P95TargetMs && perSecond >= ThroughputTarget);
    }
}
