using System.Diagnostics;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>
/// A burst of submissions (a scandal in the news) through the gateway at 32 connections, then the wait until every
/// consumer has handled it (the broker's queues empty), with the processor time each program spent on it from the
/// first request to the last message: what one submission costs the machine, everything downstream included.
/// </summary>
public static class Burst
{
    public sealed record Outcome(Load.Outcome Load, TimeSpan Drained, List<(string Name, double Seconds)> Cpu)
    {
        /// <summary>Processor milliseconds per accepted submission, the load generator left out (it is no part of WBS).</summary>
        public double CpuMsPerSubmission => Cpu.Where(c => c.Name != ProcessCpu.LoadGenerator).Sum(c => c.Seconds)
            * 1000 / Math.Max(1, Load.Succeeded);

        /// <summary>The submissions per second this machine's cores could carry at that cost.</summary>
        public double CarriedPerSecond => Environment.ProcessorCount * 1000 / CpuMsPerSubmission;
    }

    /// <param name="warmUp">Submissions first for this long, then a wait until they are handled and the machine is idle,
    /// so that the burst measures services past their first minutes (compilation, pools), as in production.</param>
    public static async Task<Outcome> RunAsync(AppHostFixture system, TimeSpan window, TimeSpan warmUp)
    {
        if (warmUp > TimeSpan.Zero)
        {
            await ThroughputBench.SubmissionsAsync(system, warmUp);
            await UntilConsumedAsync(system);
            await MachineIdle.WaitAsync(TimeSpan.FromSeconds(60));
        }
        var before = ProcessCpu.Read();
        var load = await ThroughputBench.SubmissionsAsync(system, window);
        var drained = await UntilConsumedAsync(system);
        var cpu = ProcessCpu.Read().Since(before);
        return new Outcome(load, drained, cpu);
    }

    public static void Print(Outcome burst)
    {
        Console.WriteLine($"  {burst.Load.Succeeded} accepted ({burst.Load.PerSecond:F0}/s, p95 {burst.Load.P95Ms:F0} ms, {burst.Load.Failed} failed); "
            + $"every consumer done {burst.Drained.TotalSeconds:F0} s after the burst");
        Console.WriteLine($"  processor time per accepted submission: {burst.CpuMsPerSubmission:F2} ms, so {Environment.ProcessorCount} cores carry "
            + $"at most {burst.CarriedPerSecond:F0}/s:");
        foreach (var (name, seconds) in burst.Cpu.Take(12))
        {
            Console.WriteLine($"    {name,-26} {seconds * 1000 / Math.Max(1, burst.Load.Succeeded),6:F2} ms");
        }
    }

    /// <summary>
    /// From the end of the burst until no queue holds a message (ready or being handled). The management API's
    /// figures are up to five seconds old, so the time is as exact as that.
    /// </summary>
    private static async Task<TimeSpan> UntilConsumedAsync(AppHostFixture system)
    {
        var watch = Stopwatch.StartNew();
        using var management = system.BrokerManagementClient();
        while (watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            using var queues = JsonDocument.Parse(await management.GetStringAsync("queues?columns=name,messages"));
            if (queues.RootElement.EnumerateArray().Sum(q => q.TryGetProperty("messages", out var m) ? m.GetInt64() : 0) == 0)
            {
                return watch.Elapsed;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return watch.Elapsed;
    }
}
