using System.Diagnostics;

namespace Wbs.Bench;

public static class Latency
{
    public static async Task<List<double>> MeasureAsync(int count, Func<int, Task> action)
    {
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await action(i);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        return samples;
    }

    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
