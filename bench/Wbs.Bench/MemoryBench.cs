using Wbs.TestSupport;

namespace Wbs.Bench;

/// <summary>
/// Idle memory of the whole topology as <c>./wbs run</c> starts it, orchestration included (AppHost,
/// DCP, dashboard, PostgreSQL, RabbitMQ, every service): the sum of PSS (shared pages counted once)
/// after the system has been idle for a while.
/// </summary>
public static class MemoryBench
{
    private const double TargetMiB = 1536;

    private const double StartTargetSeconds = 20;

    /// <summary>
    /// Start-up (built tree to every resource healthy) twice on one data folder: the first start
    /// (initdb, RabbitMQ's first boot, every migration) for information, the second (what a user's
    /// next <c>./wbs run</c> does) against the target; then idle PSS of the second run.
    /// </summary>
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(TimeSpan idle)
    {
        var data = Directory.CreateTempSubdirectory("wbs-bench-memory").FullName;
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            IReadOnlyDictionary<string, string> ports;
            string[] markers;
            await using (var first = await AppHostProcess.StartAsync(data, CancellationToken.None))
            {
                Console.WriteLine($"  first start (fresh data folder): {watch.Elapsed.TotalSeconds:F1} s");
                ports = first.Settings;
                markers = first.Markers;
            }
            // The same ports again: PostgreSQL and RabbitMQ of the first run must be gone first.
            await Eventually.TrueAsync(() => Task.FromResult(!SystemProcesses.Find(markers).Any()), TimeSpan.FromSeconds(60),
                "the first run's processes to exit");
            watch.Restart();
            await using var host = await AppHostProcess.StartAsync(data, CancellationToken.None,
                new Dictionary<string, string>(ports) { ["WBS_TIMELINE"] = "true" });
            var started = watch.Elapsed.TotalSeconds;
            // When each resource became healthy, so a miss says where the time went.
            foreach (var line in host.Output.Split('\n').Where(l => l.StartsWith("[timeline]", StringComparison.Ordinal) && l.Contains(" Healthy", StringComparison.Ordinal)))
            {
                Console.WriteLine("  " + line.TrimEnd());
            }
            await Task.Delay(idle);
            var pids = SystemProcesses.Find(host.Markers).Append(host.Pid).Distinct().ToList();
            var pssMiB = pids.Sum(PssKb) / 1024.0;
            // Every process, heaviest first, so a miss says where the memory went.
            foreach (var (pid, kb) in pids.Select(p => (p, PssKb(p))).OrderByDescending(x => x.Item2))
            {
                Console.WriteLine($"  {kb / 1024,6} MiB  {Name(pid)}");
            }
            return
            [
                new BenchResult("start-up to all healthy (data present)", $"{started:F1} s", $"< {StartTargetSeconds:F0} s", started < StartTargetSeconds),
                new BenchResult($"idle memory, {pids.Count} processes", $"{pssMiB:F0} MiB PSS", $"< {TargetMiB:F0} MiB", pssMiB < TargetMiB),
            ];
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private static string Name(int pid)
    {
        try
        {
            var args = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', args.Take(2).Select(Path.GetFileName));
        }
        catch (IOException)
        {
            return pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static long PssKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
