using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>
/// What this machine can do at all, measured in the same run as WBS: PostgreSQL single-row inserts
/// (pgbench, from postgresql-contrib), a bare Kestrel endpoint, and sequential writes to the data disk (dd).
/// </summary>
public static partial class Anchors
{
    /// <summary>pgbench: one 2 KB row per transaction, <paramref name="clients"/> clients, on a throwaway database.</summary>
    public static async Task<double> PgbenchInsertsPerSecondAsync(InfrastructureFixture infra, int clients, int seconds)
    {
        var connection = new NpgsqlConnectionStringBuilder(await infra.CreateDatabaseAsync("pgbench"));
        await using (var db = new NpgsqlConnection(connection.ConnectionString))
        {
            await db.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE bench_rows (id bigserial PRIMARY KEY, payload text NOT NULL)", db);
            await create.ExecuteNonQueryAsync();
        }
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, "INSERT INTO bench_rows (payload) VALUES (repeat('x', 2048));\n");
        try
        {
            var output = await RunAsync("pgbench", ["-n", "-c", $"{clients}", "-j", "2", "-T", $"{seconds}", "-f", script, connection.Database!],
                new()
                {
                    ["PGHOST"] = connection.Host, ["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture),
                    ["PGUSER"] = connection.Username, ["PGPASSWORD"] = connection.Password,
                });
            return double.Parse(TpsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>Requests per second of a bare Kestrel endpoint answering a short text, at <paramref name="connections"/> connections.</summary>
    public static async Task<double> BareKestrelPerSecondAsync(int connections, TimeSpan duration)
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () => "ok"));
        var outcome = await Load.RunAsync(connections, duration,
            async (http, _) => (await http.GetAsync("/")).IsSuccessStatusCode,
            () => new HttpClient { BaseAddress = server.Address });
        return outcome.PerSecond;
    }

    /// <summary>dd: sequential writes with a final fdatasync into <paramref name="directory"/>, in MB/s.</summary>
    public static async Task<double> DiskWriteMegabytesPerSecondAsync(string directory, int megabytes)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"dd-{Guid.NewGuid():N}.bin");
        try
        {
            var output = await RunAsync("dd", ["if=/dev/zero", $"of={file}", "bs=1M", $"count={megabytes}", "conv=fdatasync"], []);
            var match = DdPattern().Match(output);
            var bytes = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var seconds = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            return bytes / seconds / 1_000_000;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string program, string[] arguments, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await stdout + await stderr;
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {text}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsPattern();

    [GeneratedRegex(@"^(\d+) bytes.*copied, ([0-9.]+) s", RegexOptions.Multiline)]
    private static partial Regex DdPattern();
}
