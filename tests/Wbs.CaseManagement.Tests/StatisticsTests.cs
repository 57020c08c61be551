using System.Globalization;
using System.Net.Http.Headers;
using static Wbs.CaseManagement.Tests.CaseManagementHost;

namespace Wbs.CaseManagement.Tests;

public sealed class StatisticsTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;
    private DateTimeOffset _now;
    private readonly List<DateTimeOffset> _submitted = [];

    public async ValueTask InitializeAsync()
    {
        _host = await StartAsync(infra);
        _now = _host.Clock.GetUtcNow();
        // Open past its deadline (missed, no response); answered after 5 days (pending);
        // closed after 3 days (met); rejected after 1 day (met).
        await SeedAsync(-40, "korupsi", "external", null);
        await SeedAsync(-5, "korupsi", "internal", CaseStatus.InVerification);
        await SeedAsync(-3, "gratifikasi", "external", CaseStatus.Closed);
        await SeedAsync(-1, "gratifikasi", "internal", CaseStatus.Rejected);
    }

    private async Task SeedAsync(int daysAgo, string category, string reporterType, string? status)
    {
        var at = _now.AddDays(daysAgo);
        _submitted.Add(at);
        var (_, trackingNumber) = await _host.SubmitAsync(submittedAt: at, category: category, reporterType: reporterType);
        if (status is not null)
        {
            await _host.MoveToAsync(trackingNumber, status);
        }
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Statistics_CountTheSeededSet()
    {
        using var supervisor = _host.Staff("supervisor");
        var stats = await (await supervisor.Get(Path("statistics"))).JsonAsync();
        Assert.Equal(4, stats.GetProperty("total").GetInt32());
        var byStatus = stats.GetProperty("byStatus");
        Assert.Equal(1, byStatus.GetProperty("received").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("in_verification").GetInt32());
        Assert.Equal(0, byStatus.GetProperty("needs_information").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("closed").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("rejected").GetInt32());
        Assert.Equal(2, stats.GetProperty("byCategory").GetProperty("korupsi").GetInt32());
        Assert.Equal(2, stats.GetProperty("byCategory").GetProperty("gratifikasi").GetInt32());
        Assert.Equal(2, stats.GetProperty("byReporterType").GetProperty("internal").GetInt32());
        Assert.Equal(1, stats.GetProperty("byOutcome").GetProperty("proven").GetInt32());
        var expectedMonths = _submitted.GroupBy(s => s.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
        var months = stats.GetProperty("byMonth").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(expectedMonths, months);
        Assert.Equal(2, stats.GetProperty("sla").GetProperty("met").GetInt32());
        Assert.Equal(1, stats.GetProperty("sla").GetProperty("missed").GetInt32());
        Assert.Equal(1, stats.GetProperty("sla").GetProperty("pending").GetInt32());
        Assert.Equal(3.0, stats.GetProperty("medianDaysToFirstResponse").GetDouble(), 2);

        var from = Uri.EscapeDataString(_now.AddDays(-10).ToString("O"));
        var recent = await (await supervisor.Get(Path($"statistics?from={from}"))).JsonAsync();
        Assert.Equal(3, recent.GetProperty("total").GetInt32());
        Assert.Equal(0, recent.GetProperty("sla").GetProperty("missed").GetInt32());
    }

    [Fact]
    public async Task Statistics_AsCsv_ParsesAndMatchesTheJson()
    {
        using var auditor = _host.Staff("auditor");
        var json = await (await auditor.Get(Path("statistics"))).JsonAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Path("statistics"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await auditor.SendAsync(request, Http.Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Http.Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dimension,key,value", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        var csv = rows.ToDictionary(r => (r[0], r[1]), r => r[2]);

        Assert.Equal(json.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture), csv[("total", "all")]);
        foreach (var (dimension, property) in new[] { ("status", "byStatus"), ("category", "byCategory"), ("month", "byMonth"),
                     ("reporterType", "byReporterType"), ("outcome", "byOutcome") })
        {
            var fromJson = json.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32().ToString(CultureInfo.InvariantCulture));
            var fromCsv = csv.Where(c => c.Key.Item1 == dimension).ToDictionary(c => c.Key.Item2, c => c.Value);
            Assert.Equal(fromJson, fromCsv);
        }
        foreach (var key in new[] { "met", "missed", "pending" })
        {
            Assert.Equal(json.GetProperty("sla").GetProperty(key).GetInt32().ToString(CultureInfo.InvariantCulture), csv[("sla", key)]);
        }
        Assert.Equal(json.GetProperty("medianDaysToFirstResponse").GetDouble(),
            double.Parse(csv[("firstResponse", "medianDays")], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Statistics_RefusedToVerifiersAndInvestigators_BadRangeIs400()
    {
        using var verifier = _host.Staff("verifier");
        await (await verifier.Get(Path("statistics"))).ProblemAsync(HttpStatusCode.Forbidden);
        using var investigator = _host.Staff("investigator");
        await (await investigator.Get(Path("statistics"))).ProblemAsync(HttpStatusCode.Forbidden);
        using var admin = _host.Staff("admin");
        await (await admin.Get(Path("statistics?from=2026-05-01T00:00:00Z&to=2026-01-01T00:00:00Z"))).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.Get(Path("statistics?from=kemarin"))).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Ranges_in_local_time_mean_the_same_instants_as_in_UTC()
    {
        using var admin = _host.Staff("admin");
        var from = _now.AddDays(-400);
        var utc = await (await admin.Get(Path($"statistics?from={Uri.EscapeDataString(from.ToString("O"))}"))).JsonAsync();
        var wib = await (await admin.Get(Path($"statistics?from={Uri.EscapeDataString(from.ToOffset(TimeSpan.FromHours(7)).ToString("O"))}"))).JsonAsync();
        Assert.Equal(utc.GetProperty("total").GetInt32(), wib.GetProperty("total").GetInt32());

        var audit = await admin.Get(Path($"audit?from={Uri.EscapeDataString(from.ToOffset(TimeSpan.FromHours(7)).ToString("O"))}"));
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
    }
}
