using System.Diagnostics;

namespace Wbs.Bench.Throughput;

/// <summary>Closed-loop load: <c>connections</c> workers repeat an action for a while; counts successes and latencies.</summary>
public static class Load
{
    public sealed record Outcome(int Succeeded, int Failed, double PerSecond, double P95Ms)
    {
        /// <summary>Two runs of the same load as one: counts added, rate and p95 averaged.</summary>
        public static Outcome Mean(Outcome a, Outcome b) =>
            new(a.Succeeded + b.Succeeded, a.Failed + b.Failed, (a.PerSecond + b.PerSecond) / 2, (a.P95Ms + b.P95Ms) / 2);
    }

    public static async Task<Outcome> RunAsync(int connections, TimeSpan duration, Func<HttpClient, int, Task<bool>> action, Func<HttpClient> client)
    {
        var samples = new List<double>[connections];
        var failed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async w =>
        {
            using var http = client();
            var mine = samples[w] = [];
            for (var i = 0; watch.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await action(http, w * 1_000_000 + i);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                if (ok)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        var all = samples.SelectMany(s => s).ToList();
        return new Outcome(all.Count, failed, all.Count / watch.Elapsed.TotalSeconds, all.Count > 0 ? Latency.Percentile(all, 95) : 0);
    }
}
