using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Wbs.AppHost.Tests;

/// <summary>
/// A resource killed with SIGKILL while reports arrive is started again by the AppHost without
/// help, and no accepted report is lost or doubled on the way.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SelfHealingTests(AppHostFixture system)
{
    [Theory]
    [InlineData("messaging")]
    [InlineData("postgres")]
    [InlineData("casemanagement")]
    public async Task A_killed_resource_is_restarted_and_every_accepted_report_becomes_exactly_one_case(string resource)
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = $"Pulih{Guid.NewGuid():N}"[..17];
        var accepted = new ConcurrentBag<string>();
        using var http = system.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(20);
        var submitter = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                try
                {
                    var body = new
                    {
                        reporterType = "internal", category = "pelayanan_publik", title = $"Uji {marker} nomor {i}",
                        what = "Laporan uji ketahanan: sumber daya dimatikan paksa saat laporan berdatangan.",
                    };
                    // Past the tenant's budget (earlier cases of this test count too) a submission asks proof of work.
                    using var response = await ProofOfWorkSolver.SendAsync(http,
                        () => new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = JsonContent.Create(body) }, ct);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        accepted.Add((await response.JsonAsync()).GetProperty("trackingNumber").GetString()!);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Refused while the resource was down: not accepted, so nothing is owed.
                }
                await Task.Delay(150, ct);
            }
        }, ct);
        await Eventually.TrueAsync(() => Task.FromResult(accepted.Count >= 5), TimeSpan.FromSeconds(60), "first reports accepted");

        var victim = Pid(resource);
        Assert.True(NativeSignals.Send(victim, NativeSignals.SigKill));
        await submitter;

        var restarted = await Eventually.GetAsync(() => Task.FromResult<int?>(TryPid(resource) is { } p && p != victim ? p : null),
            TimeSpan.FromSeconds(120), $"{resource} started again");
        Assert.NotEqual(victim, restarted);
        using var healthy = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, healthy.Token);

        var token = await system.StaffTokenAsync("banjarnegara", "admin");
        var expected = accepted.Order().ToList();
        Assert.True(expected.Count >= 5);
        var found = await Eventually.GetAsync(async () =>
        {
            var list = await http.GetAsync($"/api/banjarnegara/cases?q={marker}&pageSize=100", token);
            if (!list.IsSuccessStatusCode)
            {
                return null;
            }
            var numbers = (await list.JsonAsync()).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("trackingNumber").GetString()!).Order().ToList();
            return numbers.Count >= expected.Count ? numbers : null;
        }, TimeSpan.FromSeconds(120), "a case for every accepted report");
        Assert.Equal(expected, found);
    }

    private int Pid(string resource) => TryPid(resource) ?? throw new InvalidOperationException($"no process of {resource}");

    private int? TryPid(string resource)
    {
        var data = system.DataDirectory;
        return resource switch
        {
            "postgres" => ReadPid(Path.Combine(data, "postgres", "pgdata", "postmaster.pid")),
            "messaging" => ReadPid(Path.Combine(data, "rabbitmq", "rabbitmq.pid")),
            _ => SystemProcesses.Find(data).Cast<int?>()
                .FirstOrDefault(p => SystemProcesses.IsAlive(p!.Value) && File.ReadAllText($"/proc/{p}/cmdline").Split('\0')[0].EndsWith("/Wbs.CaseManagement", StringComparison.Ordinal)),
        };
    }

    private static int? ReadPid(string file)
    {
        try
        {
            // A pid file being written may still be empty: not there yet.
            return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault()?.Trim(), out var pid) && SystemProcesses.IsAlive(pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
