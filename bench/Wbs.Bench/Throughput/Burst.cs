using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>
/// A burst of submissions (a scandal in the news) through the gateway at 32 connections, then the wait until every
/// consumer has handled it (the broker's queues empty), with the processor time each program spent on it from the
/// first request to the last message: what one submission costs the machine, everything downstream included.
/// </summary>
public static class Burst
{
    public sealed record Outcome(Load.Outcome Load, TimeSpan Drained, List<(string Name, double Seconds)> Cpu,
        List<(string Database, DatabaseActivity.Work Work)> Databases)
    {
        /// <summary>Processor milliseconds per accepted submission, the load generator left out (it is no part of WBS).</summary>
        public double CpuMsPerSubmission => Cpu.Where(c => c.Name != ProcessCpu.LoadGenerator).Sum(c => c.Seconds)
            * 1000 / Math.Max(1, Load.Succeeded);

        /// <summary>The submissions per second this machine's cores could carry at that cost.</summary>
        public double CarriedPerSecond => Environment.ProcessorCount * 1000 / CpuMsPerSubmission;
    }

    /// <summary>The burst, once earlier work is handled and the machine idle, so that its processor time is its own.</summary>
    /// <param name="warmUp">Submissions first for this long, so that the burst measures services past their first
    /// minutes (compilation, pools), as in production; zero when the system is warm already.</param>
    public static async Task<Outcome> RunAsync(AppHostFixture system, TimeSpan window, TimeSpan warmUp)
    {
        if (warmUp > TimeSpan.Zero)
        {
            await ThroughputBench.SubmissionsAsync(system, warmUp);
        }
        await BrokerQueues.WaitUntilEmptyAsync(system);
        await MachineIdle.WaitAsync(TimeSpan.FromSeconds(60));
        var databases = await DatabaseActivity.ReadAsync(system);
        var before = ProcessCpu.Read();
        var load = await ThroughputBench.SubmissionsAsync(system, window);
        var drained = await BrokerQueues.UntilFirstEmptyAsync(system);
        var cpu = ProcessCpu.Read().Since(before);
        // A backend gone idle reports its statistics within ten seconds (PostgreSQL's idle interval for them).
        await Task.Delay(TimeSpan.FromSeconds(11));
        return new Outcome(load, drained, cpu, (await DatabaseActivity.ReadAsync(system)).Since(databases));
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
        Console.WriteLine("  database commits and rows written per accepted submission:");
        foreach (var (database, work) in burst.Databases)
        {
            Console.WriteLine($"    {database,-26} {(double)work.Commits / Math.Max(1, burst.Load.Succeeded),6:F2} commits {(double)work.RowsWritten / Math.Max(1, burst.Load.Succeeded),6:F2} rows");
        }
    }
}
