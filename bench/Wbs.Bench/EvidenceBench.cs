using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Wbs.Bench;

/// <summary>
/// A large upload streams: the evidence service's resident memory grows far less than the file.
/// Reads the service's PID from the dashboard and its VmHWM (peak resident set) from /proc.
/// </summary>
public static partial class EvidenceBench
{
    public const double MaxGrowthShare = 0.5;

    public static async Task<BenchResult> RunAsync(Wbs.TestSupport.AppHostFixture system, int megabytes)
    {
        var pid = await EvidencePidAsync(system);
        var before = PeakResidentKb(pid);

        // Plain text in 1 MiB lines: an allowed type that needs no cleaning, so the whole file is stored.
        var line = new string('a', 1023) + "\n";
        var path = Path.GetTempFileName();
        await using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < megabytes * 1024; i++)
            {
                await writer.WriteAsync(line);
            }
        }
        using var http = system.CreateClient();
        var watch = Stopwatch.StartNew();
        await using (var file = File.OpenRead(path))
        {
            using var content = new MultipartFormDataContent();
            var part = new StreamContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(part, "file", "besar.txt");
            using var response = await http.PostAsync("/api/banjarnegara/evidence", content);
            response.EnsureSuccessStatusCode();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(path);

        var growthMb = (PeakResidentKb(pid) - before) / 1024.0;
        return new BenchResult($"evidence upload {megabytes} MiB",
            $"{megabytes / seconds:F1} MiB/s, peak RSS +{growthMb:F0} MiB",
            $"peak RSS growth < {megabytes * MaxGrowthShare:F0} MiB", growthMb < megabytes * MaxGrowthShare);
    }

    private static Task<int> EvidencePidAsync(Wbs.TestSupport.AppHostFixture system) =>
        Task.FromResult(Wbs.TestSupport.SystemProcesses.Find(system.DataDirectory)
            .First(p => File.ReadAllText($"/proc/{p}/cmdline").Split('\0')[0].EndsWith("/Wbs.EvidenceStorage", StringComparison.Ordinal)));

    private static long PeakResidentKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(Digits().Match(line).Value);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
