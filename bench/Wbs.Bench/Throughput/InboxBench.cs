using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>
/// The staff inbox of one tenant holding <c>cases</c> seeded cases: list, filter, search and keyset
/// paging (p95 &lt; 50 ms), case detail (p95 &lt; 100 ms), and how long a new report takes to reach
/// staff while submissions run at half of the maximum rate measured before (p95 &lt; 200 ms).
/// </summary>
public static class InboxBench
{
    public const double InboxTargetMs = 50, DetailTargetMs = 100, NewReportTargetMs = 200;
    private const string Tenant = "banjarnegara";
    private const string Cases = $"/api/{Tenant}/cases";
    private const int Samples = 100, Warmup = 30, NewReports = 40;
    private static readonly string[] FilterStatuses = ["received", "in_verification", "needs_information", "in_follow_up", "closed"];

    public static async Task<List<Figure>> RunAsync(AppHostFixture system, int cases, double maxSubmissionsPerSecond)
    {
        Console.WriteLine($"Inbox: seeding {cases:N0} cases with COPY…");
        async Task<string> ConnectionStringAsync(string resource) => await system.App.GetConnectionStringAsync(resource)
            ?? throw new InvalidOperationException($"No connection string for {resource}.");
        var seeded = await CaseSeeder.SeedAsync(await ConnectionStringAsync("casemanagementdb"), Tenant, cases);
        Console.WriteLine($"  {cases:N0} cases in {seeded.TotalSeconds:F1} s");
        var reports = await ComplaintSeeder.SeedAsync(await ConnectionStringAsync("intakedb"), Path.Combine(system.DataDirectory, "secrets"), Tenant, cases);
        Console.WriteLine($"  {cases:N0} sealed, title-indexed reports behind them in Intake in {reports.TotalSeconds:F1} s");
        var server = await ConnectionStringAsync("postgres");
        var pages = await CacheWarmer.WarmAsync(server, "casemanagementdb", "cases") + await CacheWarmer.WarmAsync(server, "intakedb", "complaints");
        Console.WriteLine($"  {pages * 8 / 1024:N0} MB of their tables and indexes in PostgreSQL's cache, as a running system holds them");
        var drained = await BrokerQueues.WaitUntilEmptyAsync(system);
        Console.WriteLine($"  earlier submissions' messages all consumed after {drained.TotalSeconds:F0} s more; measuring the inbox…");

        using var staff = system.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await system.StaffTokenAsync(Tenant, "supervisor"));

        var list = await SplitP95Async(system, "list", _ => GetAsync(staff, $"{Cases}?pageSize=20"));
        var filter = await SplitP95Async(system, "filter", i => GetAsync(staff, $"{Cases}?status={FilterStatuses[i % FilterStatuses.Length]}&pageSize=20"));
        var search = await SplitP95Async(system, "search", i => GetAsync(staff, $"{Cases}?q={CaseSeeder.TrackingNumber(cases, i)[4..]}&pageSize=20"));
        var titleSearch = await SplitP95Async(system, "title search", i => GetAsync(staff, $"{Cases}?q={Uri.EscapeDataString(TitleQuery(i))}&pageSize=20"));
        string? cursor = null;
        var paging = await P95Async(async _ =>
        {
            var page = await GetAsync(staff, cursor is null ? $"{Cases}?status=closed&pageSize=20" : $"{Cases}?status=closed&pageSize=20&after={Uri.EscapeDataString(cursor)}");
            cursor = page.GetProperty("next").GetString();
        });
        var detail = await P95Async(i => GetAsync(staff, $"{Cases}/{CaseSeeder.TrackingNumber(cases, i)}"));
        var newReport = await NewReportLatencyP95Async(system, staff, Math.Max(1, maxSubmissionsPerSecond / 2));

        var scale = $"{cases / 1000:N0}k cases";
        return
        [
            new($"inbox list p95 ({scale})", list, "ms", "target", InboxTargetMs),
            new($"inbox filter by status p95 ({scale})", filter, "ms", "target", InboxTargetMs),
            new($"inbox search p95 ({scale})", search, "ms", "target", InboxTargetMs),
            new($"inbox title search p95 ({scale})", titleSearch, "ms", "target", InboxTargetMs),
            new($"inbox keyset paging p95 ({scale})", paging, "ms", "target", InboxTargetMs),
            new($"case detail p95 ({scale})", detail, "ms", "target", DetailTargetMs),
            new($"new report to staff p95 at {maxSubmissionsPerSecond / 2:F0}/s", newReport, "ms", "target", NewReportTargetMs),
        ];
    }

    /// <summary>
    /// From the answer that shows a new report's code until staff can open its case, while other reports
    /// arrive at <paramref name="rate"/> per second (open loop: the rate holds however slow the answers are).
    /// </summary>
    private static async Task<double> NewReportLatencyP95Async(AppHostFixture system, HttpClient staff, double rate)
    {
        using var stop = new CancellationTokenSource();
        var load = SubmitAtRateAsync(system, rate, stop.Token);
        using var reporter = system.CreateClient();
        var samples = new List<double>(NewReports);
        try
        {
            for (var i = 0; i < NewReports; i++)
            {
                var trackingNumber = (await Payloads.SubmitAsync(reporter, 700_000 + i)).GetProperty("trackingNumber").GetString();
                var watch = Stopwatch.StartNew();
                while (true)
                {
                    using var response = await staff.GetAsync($"{Cases}/{trackingNumber}");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                    if (response.StatusCode != HttpStatusCode.NotFound || watch.Elapsed > TimeSpan.FromSeconds(60))
                    {
                        throw new InvalidOperationException($"Case {trackingNumber} not visible to staff: {(int)response.StatusCode} after {watch.Elapsed}.");
                    }
                }
                samples.Add(watch.Elapsed.TotalMilliseconds);
                await Task.Delay(100);
            }
        }
        finally
        {
            await stop.CancelAsync();
            var sent = await load;
            Console.WriteLine($"  background load: {sent} submissions at {rate:F0}/s");
        }
        Console.WriteLine($"  new report to staff (ms): min {samples.Min():F0}, median {Latency.Percentile(samples, 50):F0}, max {samples.Max():F0}");
        return Latency.Percentile(samples, 95);
    }

    private static async Task<int> SubmitAtRateAsync(AppHostFixture system, double rate, CancellationToken stop)
    {
        using var http = system.CreateClient();
        var running = new List<Task>();
        var watch = Stopwatch.StartNew();
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            for (var due = (int)(watch.Elapsed.TotalSeconds * rate); sent < due; sent++)
            {
                running.Add(SubmitQuietlyAsync(http, 800_000 + sent));
            }
            await Task.Delay(5, CancellationToken.None);
        }
        await Task.WhenAll(running);
        return sent;
    }

    private static async Task SubmitQuietlyAsync(HttpClient http, int i)
    {
        try
        {
            using var _ = await http.PostAsJsonAsync($"/api/{Tenant}/complaints", Payloads.Complaint(i));
        }
        catch (HttpRequestException)
        {
            // A refused background submission only lowers the load; the measured reports must succeed.
        }
    }

    /// <summary>
    /// The p95 of <see cref="Samples"/> requests after <see cref="Warmup"/> unmeasured ones of the same kind (other
    /// cases): a running inbox answers from code the runtime has already optimised, not from the first calls' JIT.
    /// <paramref name="measuring"/> is told when the measured requests begin.
    /// </summary>
    private static async Task<double> P95Async(Func<int, Task> action, Action? measuring = null)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await action(Samples + i);
        }
        measuring?.Invoke();
        return Latency.Percentile(await Latency.MeasureAsync(Samples, action), 95);
    }

    /// <summary>
    /// <see cref="P95Async"/>, then where those inbox requests spent their time in CaseManagement and in the
    /// inbox's largest step outside it: the titles (and, for a search, the matches) from Intake.
    /// </summary>
    private static async Task<double> SplitP95Async(AppHostFixture system, string label, Func<int, Task> action)
    {
        var since = 0L;
        var p95 = await P95Async(action, () => since = RequestSplit.Now());
        List<RequestSplit.Route> routes =
        [
            new("casemanagement", "GET /api/{tenant}/cases/", $"inbox {label}"),
            new("intake", "POST /internal/{tenant}/complaints/titles", "  its titles"),
        ];
        if (label.EndsWith("search", StringComparison.Ordinal))
        {
            routes.Add(new("intake", "GET /internal/{tenant}/complaints/search", "  its search"));
        }
        await RequestSplit.PrintAsync(system, since, [.. routes]);
        return p95;
    }

    /// <summary>Two words a staff member might look for, in one seeded title out of about a thousand when they stand together.</summary>
    private static string TitleQuery(int i)
    {
        var words = ComplaintSeeder.Words;
        return $"{words[i % words.Length]} {words[(i * 7 + 3) % words.Length]}";
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
