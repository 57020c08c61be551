using System.Diagnostics;

namespace Wbs.Bench.Throughput;

/// <summary>
/// Waits until the machine's processors are nearly idle (<c>/proc/stat</c>): the work a load leaves behind —
/// consumers, autovacuum, the dashboard taking in a burst of telemetry (up to 90 % of a core for 10 s after
/// a submission run) — would otherwise be measured as part of the next run.
/// </summary>
public static class MachineIdle
{
    private const double IdleBelow = 0.15;

    public static async Task<TimeSpan> WaitAsync(TimeSpan atMost)
    {
        var watch = Stopwatch.StartNew();
        var quiet = 0;
        var before = Read();
        while (quiet < 2 && watch.Elapsed < atMost)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var now = Read();
            var busy = (double)(now.Busy - before.Busy) / Math.Max(1, now.Total - before.Total);
            quiet = busy < IdleBelow ? quiet + 1 : 0;
            before = now;
        }
        return watch.Elapsed;
    }

    /// <summary>The first line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal (clock ticks).</summary>
    private static (long Busy, long Total) Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9].Select(long.Parse).ToArray();
        var idle = fields[3] + fields[4];
        return (fields.Sum() - idle, fields.Sum());
    }
}
