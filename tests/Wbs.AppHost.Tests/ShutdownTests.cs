using System.Net;
using System.Net.Http.Json;

namespace Wbs.AppHost.Tests;

public sealed class ShutdownTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task After_a_sigkill_of_the_apphost_no_process_remains_and_the_next_run_finds_the_data()
    {
        var ct = TestContext.Current.CancellationToken;
        string code;
        IReadOnlyList<int> pids;
        await using (var first = await AppHostProcess.StartAsync(_data.Path, ct))
        {
            pids = SystemProcesses.Find(first.Markers);
            // 7 services, PostgreSQL (and its workers), RabbitMQ, epmd, DCP and the dashboard.
            Assert.True(pids.Count >= 12, $"only {pids.Count} processes of the run found");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{first.Settings["WBS_GATEWAY_PORT"]}") };
            var created = await http.PostAsJsonAsync("/api/banjarnegara/complaints", new
            {
                reporterType = "external", category = "pelayanan_publik", title = "Uji data lintas jalan",
                what = "Laporan ini harus masih bisa dibuka setelah sistem dimulai ulang.",
            }, ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            code = (await created.JsonAsync()).GetProperty("complaintCode").GetString()!;

            Assert.True(NativeSignals.Send(first.Pid, NativeSignals.SigKill));
            // DCP notices its monitored AppHost is gone and stops every resource within its grace period.
            await Eventually.TrueAsync(() => Task.FromResult(pids.All(p => !SystemProcesses.IsAlive(p))),
                TimeSpan.FromSeconds(90), "every process of the killed run gone");
        }
        Assert.All(pids, p => Assert.False(SystemProcesses.IsAlive(p), $"process {p} survived"));

        await using var second = await AppHostProcess.StartAsync(_data.Path, ct);
        using var again = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{second.Settings["WBS_GATEWAY_PORT"]}") };
        // The code reaches Identity through Intake's outbox, which the killed run may not have drained.
        await Eventually.TrueAsync(async () =>
            (await again.PostAsJsonAsync("/api/banjarnegara/sessions", new { complaintCode = code }, ct)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(90), "the first run's complaint code signs in on the second run");
    }

    public void Dispose() => _data.Dispose();
}
