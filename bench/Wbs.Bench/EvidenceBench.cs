using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Wbs.Bench;

/// <summary>
/// A large upload streams: the evidence service's resident memory grows far less than the file.
/// Reads the service's PID from the dashboard and its VmHWM (peak resident set) from /proc. The
/// media run uploads a video of about 1 GiB and compares its speed with dd writing as much to the
/// disk that holds the system's data, measured in the same run.
/// </summary>
public static partial class EvidenceBench
{
    public const double MaxGrowthShare = 0.5;
    public const double MaxMediaGrowthMb = 64;
    public const double MinShareOfDisk = 0.5;

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
        var seconds = await UploadAsync(system, path, "text/plain", "besar.txt");

        var growthMb = (PeakResidentKb(pid) - before) / 1024.0;
        return new BenchResult($"evidence upload {megabytes} MiB",
            $"{megabytes / seconds:F1} MiB/s, peak RSS +{growthMb:F0} MiB",
            $"peak RSS growth < {megabytes * MaxGrowthShare:F0} MiB", growthMb < megabytes * MaxGrowthShare);
    }

    /// <summary>
    /// An MP4 (ftyp, then one media data box of zeros) just under <paramref name="megabytes"/> MiB, so
    /// the whole multipart request stays within the gateway's 1 GiB body limit; it goes through the
    /// media cleaner, the cipher and the blob store like a phone video.
    /// </summary>
    public static async Task<BenchResult[]> RunMediaAsync(Wbs.TestSupport.AppHostFixture system, int megabytes)
    {
        var size = megabytes * 1024L * 1024 - 64 * 1024;
        var disk = await Throughput.Anchors.DiskWriteMegabytesPerSecondAsync(system.DataDirectory, megabytes);
        var pid = await EvidencePidAsync(system);
        var before = PeakResidentKb(pid);

        var path = Path.GetTempFileName();
        await using (var file = File.Create(path))
        {
            byte[] ftyp = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8];
            await file.WriteAsync(ftyp);
            var header = new byte[16];
            BinaryPrimitives.WriteUInt32BigEndian(header, 1);
            "mdat"u8.CopyTo(header.AsSpan(4));
            BinaryPrimitives.WriteInt64BigEndian(header.AsSpan(8), size - ftyp.Length);
            await file.WriteAsync(header);
            var zeros = new byte[1024 * 1024];
            for (var left = size - ftyp.Length - header.Length; left > 0; left -= zeros.Length)
            {
                await file.WriteAsync(zeros.AsMemory(0, (int)Math.Min(left, zeros.Length)));
            }
        }
        var seconds = await UploadAsync(system, path, "video/mp4", "video.mp4");
        await PrintPhasesAsync(system, seconds);

        var growthMb = (PeakResidentKb(pid) - before) / 1024.0;
        var megabytesPerSecond = size / seconds / 1_000_000;
        return
        [
            new BenchResult($"video upload {size / 1024.0 / 1024:F0} MiB: memory", $"peak RSS +{growthMb:F0} MiB",
                $"< {MaxMediaGrowthMb:F0} MiB", growthMb < MaxMediaGrowthMb),
            new BenchResult($"video upload {size / 1024.0 / 1024:F0} MiB: speed", $"{megabytesPerSecond:F0} MB/s (dd {disk:F0} MB/s)",
                $">= {MinShareOfDisk:P0} of dd", megabytesPerSecond >= disk * MinShareOfDisk),
        ];
    }

    /// <summary>Uploads the file through the gateway as the web form does, deletes it, and returns the seconds taken.</summary>
    private static async Task<double> UploadAsync(Wbs.TestSupport.AppHostFixture system, string path, string contentType, string name)
    {
        using var http = system.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(30);
        var watch = Stopwatch.StartNew();
        await using (var file = File.OpenRead(path))
        {
            using var content = new MultipartFormDataContent();
            var part = new StreamContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            content.Add(part, "file", name);
            using var response = await http.PostAsync("/api/banjarnegara/evidence", content);
            response.EnsureSuccessStatusCode();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(path);
        return seconds;
    }

    /// <summary>
    /// Where the upload's time went, from the service's own spans on the dashboard: video is cleaned and sealed
    /// while it arrives (one span), anything else is received, then cleaned, then sealed (two spans and the rest).
    /// </summary>
    private static async Task PrintPhasesAsync(Wbs.TestSupport.AppHostFixture system, double seconds)
    {
        var phases = await Wbs.TestSupport.Eventually.GetAsync(async () =>
        {
            var spans = await Wbs.TestSupport.DashboardTelemetry.SpansAsync(system, "evidencestorage");
            double? Seconds(string name) => spans.Where(s => s.GetProperty("name").GetString() == name)
                .Select(s => Wbs.TestSupport.DashboardTelemetry.Duration(s).TotalSeconds).Cast<double?>().LastOrDefault();
            return Seconds("evidence clean and seal") is { } together ? new[] { together }
                : Seconds("evidence clean") is { } clean && Seconds("evidence seal") is { } seal ? [clean, seal] : null;
        }, TimeSpan.FromSeconds(60), "the upload's spans on the dashboard");
        Console.WriteLine(phases.Length == 1
            ? $"  phases of the upload: received, cleaned and sealed together {phases[0]:F1} s of {seconds:F1} s"
            : $"  phases of the upload: cleaning {phases[0]:F1} s, sealing {phases[1]:F1} s, receiving and the rest {seconds - phases[0] - phases[1]:F1} s");
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
