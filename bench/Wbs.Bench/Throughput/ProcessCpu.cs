namespace Wbs.Bench.Throughput;

/// <summary>
/// Processor time used so far by each program on the machine (<c>/proc/[pid]/stat</c>, user and system, by the
/// process name the kernel keeps), so a load's cost can be put per request and per process: which part of WBS
/// spends the two cores.
/// </summary>
public sealed record ProcessCpu(Dictionary<string, double> Seconds)
{
    public const string LoadGenerator = "load generator (this bench)";

    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    public static ProcessCpu Read()
    {
        var seconds = new Dictionary<string, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue; // the process ended while being read
            }
            // "pid (name) state ppid …": utime and stime are the 12th and 13th fields after the name.
            var name = pid == Environment.ProcessId ? LoadGenerator : Friendly(stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')]);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var used = (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
            seconds[name] = seconds.GetValueOrDefault(name) + used;
        }
        return new ProcessCpu(seconds);
    }

    /// <summary>What each program used between <paramref name="before"/> and this reading, largest first.</summary>
    public List<(string Name, double Seconds)> Since(ProcessCpu before) =>
        [.. Seconds.Select(p => (p.Key, p.Value - before.Seconds.GetValueOrDefault(p.Key))).Where(p => p.Item2 > 0).OrderByDescending(p => p.Item2)];

    private static string Friendly(string name) => name switch
    {
        _ when name.StartsWith("kworker", StringComparison.Ordinal) => "kernel workers",
        "beam.smp" => "RabbitMQ (beam.smp)",
        "Aspire.Dashboar" => "Aspire dashboard",
        "Wbs.Notificatio" => "Wbs.Notification",
        "Wbs.CaseManagem" => "Wbs.CaseManagement",
        "Wbs.EvidenceSto" => "Wbs.EvidenceStorage",
        "dotnet" => "dotnet (the AppHost)",
        _ => name,
    };
}
