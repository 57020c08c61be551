using Wbs.Bench;
using Wbs.TestSupport;

// Speed and memory targets of WBS, measured against the whole system started by the AppHost
// (the same way ./wbs run starts it). Exit code 1 when a target is missed.
// Throughput anchors first, with WBS not yet started, so they have the machine to themselves.
var dataDirectory = Path.Combine(AppHostFixture.FindRepositoryRoot(), ".wbs", "bench");
if (args.Contains("--memory-only"))
{
    var alone = await MemoryBench.RunAsync(idle: TimeSpan.FromSeconds(30));
    alone.ToList().ForEach(Console.WriteLine);
    return alone.All(r => r.Met) ? 0 : 1;
}
// Cases seeded into one tenant for the inbox figures: a million by default, fewer to check the bench itself.
var cases = args.SkipWhile(a => a != "--cases").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
if (args.Contains("--inbox-only"))
{
    return await OnUnlimitedSystemAsync(async inbox =>
    {
        var max = await Wbs.Bench.Throughput.ThroughputBench.SubmissionsAsync(inbox, TimeSpan.FromSeconds(5));
        Console.WriteLine($"Maximum submissions: {max.PerSecond:F0}/s");
        await Wbs.Bench.Throughput.BenchReport.WriteAsync(await Wbs.Bench.Throughput.InboxBench.RunAsync(inbox, cases, max.PerSecond), dataDirectory);
        return 0;
    });
}
if (args.Contains("--submissions-only"))
{
    // A burst of submissions alone, with what each process spent on it: ./wbs bench --submissions-only --seconds 60
    var seconds = NumberAfter("--seconds", 60);
    return await OnUnlimitedSystemAsync(async system =>
    {
        Console.WriteLine($"A burst of submissions at {Wbs.Bench.Throughput.ThroughputBench.Connections} connections for {seconds} s, after a 20 s warm-up…");
        Wbs.Bench.Throughput.Burst.Print(await Wbs.Bench.Throughput.Burst.RunAsync(system, TimeSpan.FromSeconds(seconds), warmUp: TimeSpan.FromSeconds(20)));
        return 0;
    });
}
if (args.Contains("--gateway-only"))
{
    // What the gateway costs, alone: ./wbs bench --gateway-only
    return await OnUnlimitedSystemAsync(async system =>
    {
        static string Compare(string what, Wbs.Bench.Throughput.Load.Outcome via, Wbs.Bench.Throughput.Load.Outcome direct) =>
            $"{what}: {via.PerSecond:F0}/s via the gateway, {direct.PerSecond:F0}/s straight to Intake (ratio {via.PerSecond / direct.PerSecond:F2}; "
            + $"p95 {via.P95Ms:F1} ms against {direct.P95Ms:F1} ms; {via.Failed + direct.Failed} failed)";
        var gets = await Wbs.Bench.Throughput.ThroughputBench.TrivialGetsAsync(system);
        Console.WriteLine(Compare("Trivial GET", gets.ViaGateway, gets.Direct));
        var submissions = await Wbs.Bench.Throughput.ThroughputBench.SubmissionsBothWaysAsync(system);
        Console.WriteLine(Compare("Submissions", submissions.ViaGateway, submissions.Direct));
        return 0;
    });
}
if (args.Contains("--evidence-only"))
{
    // The large upload alone, e.g. on a small size to try it: ./wbs bench --evidence-only --megabytes 64
    var megabytes = NumberAfter("--megabytes", 1024);
    return await OnUnlimitedSystemAsync(async system =>
    {
        var media = await EvidenceBench.RunMediaAsync(system, megabytes);
        media.ToList().ForEach(Console.WriteLine);
        return media.All(r => r.Met) ? 0 : 1;
    });
}
var anchors = await Wbs.Bench.Throughput.ThroughputBench.MeasureAnchorsAsync(dataDirectory);
if (args.Contains("--anchors-only"))
{
    Console.WriteLine($"pgbench inserts/s {anchors.PgInserts:F0}, bare Kestrel GET/s {anchors.Kestrel:F0}, dd {anchors.DiskMb:F0} MB/s");
    return 0;
}
var memory = await MemoryBench.RunAsync(idle: TimeSpan.FromSeconds(30));
memory.ToList().ForEach(Console.WriteLine);
// Limits, quotas and proof of work off: the bench measures the work, not the flood defences.
var system = AppHostFixture.WithSettings("WBS_BENCH_UNLIMITED=true");
Console.WriteLine("Starting WBS for the benchmark…");
await system.InitializeAsync();
try
{
    List<BenchResult> results =
    [
        .. memory,
        await SubmissionBench.RunAsync(system, sequential: 100, concurrent: 4, perWorker: 25),
        await CodeSessionBench.RunAsync(system, count: 50),
        await EvidenceBench.RunAsync(system, megabytes: 20),
        .. await EvidenceBench.RunMediaAsync(system, megabytes: 1024),
    ];
    await Wbs.Bench.Throughput.BenchReport.WriteAsync(await Wbs.Bench.Throughput.ThroughputBench.RunAsync(system, anchors, cases), dataDirectory);
    Console.WriteLine();
    foreach (var r in results)
    {
        Console.WriteLine(r);
    }
    return results.All(r => r.Met) ? 0 : 1;
}
finally
{
    await system.DisposeAsync();
}

int NumberAfter(string flag, int fallback) =>
    Array.IndexOf(args, flag) is var at and >= 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;

// The whole system with limits, quotas and proof of work off, for one measurement.
static async Task<int> OnUnlimitedSystemAsync(Func<AppHostFixture, Task<int>> measure)
{
    var system = AppHostFixture.WithSettings("WBS_BENCH_UNLIMITED=true");
    Console.WriteLine("Starting WBS for the benchmark…");
    await system.InitializeAsync();
    try
    {
        return await measure(system);
    }
    finally
    {
        await system.DisposeAsync();
    }
}
