using System.Globalization;
using System.Net.Http.Headers;
using System.Xml.Linq;
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
        // Months in the tenant's zone (WIB), as the agency counts them.
        var expectedMonths = _submitted.GroupBy(s => s.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM", CultureInfo.InvariantCulture))
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
    public async Task Statistics_AsCsv_ParsesWithSemicolonsAndABom_AndMatchesTheJson()
    {
        using var auditor = _host.Staff("auditor");
        var json = await (await auditor.Get(Path("statistics"))).JsonAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Path("statistics"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await auditor.SendAsync(request, Http.Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Http.Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var (header, rows) = StatisticsCsvFile.Parse(bytes);
        Assert.Equal(["dimensi", "Dimensi", "kode", "Keterangan", "Jumlah"], header);
        var csv = rows.ToDictionary(r => (r[0], r[2]), r => r[4]);

        Assert.Equal(json.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture), csv[("total", "all")]);
        foreach (var (dimension, property) in new[] { ("status", "byStatus"), ("category", "byCategory"), ("month", "byMonth"),
                     ("reporterType", "byReporterType"), ("outcome", "byOutcome"), ("channel", "byChannel") })
        {
            var fromJson = json.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32().ToString(CultureInfo.InvariantCulture));
            var fromCsv = csv.Where(c => c.Key.Item1 == dimension).ToDictionary(c => c.Key.Item2, c => c.Value);
            Assert.Equal(fromJson, fromCsv);
        }
        foreach (var key in new[] { "met", "missed", "pending" })
        {
            Assert.Equal(json.GetProperty("sla").GetProperty(key).GetInt32().ToString(CultureInfo.InvariantCulture), csv[("sla", key)]);
        }
        Assert.Equal("4", csv[("channel", "web")]);
        // Indonesian spreadsheets read a decimal comma.
        Assert.Equal(json.GetProperty("medianDaysToFirstResponse").GetDouble(),
            double.Parse(csv[("firstResponse", "medianDays")].Replace(',', '.'), CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => r[0] == "status" && r[2] == "received" && r[3] == "Diterima");
    }

    [Fact]
    public async Task Statistics_AsCsv_InEnglish_NeutralisesFormulaCells()
    {
        // Categories are tenant data and arrive in events: one that a spreadsheet would run as a formula.
        const string formula = "=HYPERLINK(\"http://evil.example\";\"klik\")";
        await _host.SubmitAsync(category: formula, tenant: "komdigi");
        using var admin = _host.Staff(Guid.NewGuid(), ["admin"], tenant: "komdigi");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/komdigi/statistics?format=csv");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,id;q=0.5");
        var response = await admin.SendAsync(request, Http.Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var (header, rows) = StatisticsCsvFile.Parse(await response.Content.ReadAsByteArrayAsync(Http.Ct));
        Assert.Equal(["dimension", "Dimension", "code", "Label", "Value"], header);
        var category = Assert.Single(rows, r => r[0] == "category");
        Assert.Equal("'" + formula, category[2]);
        Assert.Equal("'" + formula, category[3]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && "=+-@".Contains(cell[0]));
        Assert.Contains(rows, r => r[0] == "status" && r[2] == "received" && r[3] == "Received");
        Assert.Contains(rows, r => r[0] == "channel" && r[2] == "web" && r[3] == "Website");

        // ?lang= wins over the header.
        var indonesian = StatisticsCsvFile.Parse(await (await admin.Get("/api/komdigi/statistics?format=csv&lang=id")).Content.ReadAsByteArrayAsync(Http.Ct));
        Assert.Equal("Jumlah", indonesian.Header[4]);
    }

    [Fact]
    public async Task Charts_AreWellFormedSvg_WithABarAndALabelPerValue()
    {
        using var supervisor = _host.Staff("supervisor");
        var response = await supervisor.Get(Path("statistics/charts/by-status"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(Http.Ct));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal("Laporan per status", svg.Root.Element(ns + "title")!.Value);
        Assert.Contains("Diterima 1", svg.Root.Element(ns + "desc")!.Value);
        Assert.Empty(svg.Descendants(ns + "script"));
        // Four statuses hold one case each; the other two are zero and draw no bar.
        Assert.Equal(4, svg.Descendants(ns + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        var labels = svg.Descendants(ns + "text").Where(t => (string?)t.Attribute("class") == "label").Select(t => t.Value).ToList();
        Assert.Equal(CaseStatus.All.Select(CaseStatuses.Label), labels);

        var sla = XDocument.Parse(await (await supervisor.Get(Path("statistics/charts/sla?lang=en"))).Content.ReadAsStringAsync(Http.Ct));
        var legend = sla.Descendants(ns + "text").Where(t => (string?)t.Attribute("class") == "legend").Select(t => t.Value);
        Assert.Equal(["Deadline met", "Deadline missed"], legend);
        // A bar segment per month and outcome that occurred (two met, one missed in all).
        var byMonth = (await (await supervisor.Get(Path("statistics"))).JsonAsync()).GetProperty("slaByMonth").EnumerateObject().ToList();
        Assert.Equal(byMonth.Sum(m => (m.Value.GetProperty("met").GetInt32() > 0 ? 1 : 0) + (m.Value.GetProperty("missed").GetInt32() > 0 ? 1 : 0)),
            sla.Descendants(ns + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        Assert.Equal(3, byMonth.Sum(m => m.Value.GetProperty("met").GetInt32() + m.Value.GetProperty("missed").GetInt32()));

        foreach (var name in new[] { "by-month", "by-category", "by-channel", "first-response" })
        {
            var chart = await supervisor.Get(Path($"statistics/charts/{name}"));
            Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
            Assert.NotNull(XDocument.Parse(await chart.Content.ReadAsStringAsync(Http.Ct)).Root!.Element(ns + "desc"));
        }
        await (await supervisor.Get(Path("statistics/charts/pie"))).ProblemAsync(HttpStatusCode.NotFound);
        using var verifier = _host.Staff("verifier");
        await (await verifier.Get(Path("statistics/charts/by-month"))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PeriodicReport_IsAPdfOfThePeriod_AndNeedsAPeriod()
    {
        using var admin = _host.Staff("admin");
        var from = Uri.EscapeDataString(_now.AddDays(-60).ToString("O"));
        var to = Uri.EscapeDataString(_now.ToString("O"));
        var response = await admin.Get(Path($"statistics/report?from={from}&to={to}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Http.Ct);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("LAPORAN HASIL PENGELOLAAN PENGADUAN", text);
        Assert.Contains("Inspektorat", text);
        Assert.Contains("Tepat waktu", text);

        await (await admin.Get(Path("statistics/report"))).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PeriodicReport_draws_reports_and_deadlines_per_month_as_vector_columns_labelled_in_the_readers_language()
    {
        using var admin = _host.Staff("admin");
        var stats = await (await admin.Get(Path("statistics"))).JsonAsync();
        var from = Uri.EscapeDataString(_now.AddDays(-60).ToString("O"));
        var to = Uri.EscapeDataString(_now.ToString("O"));

        foreach (var (lang, months, byMonth, sla, axis) in new[]
        {
            ("id", MonthsId, "Laporan per bulan", "Tenggat tanggapan per bulan", "Bulan"),
            ("en", MonthsEn, "Reports by month", "Response deadline by month", "Month"),
        })
        {
            var bytes = await (await admin.Get(Path($"statistics/report?from={from}&to={to}&lang={lang}"))).Content.ReadAsByteArrayAsync(Http.Ct);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            var byMonthChart = text[text.LastIndexOf(byMonth, StringComparison.Ordinal)..text.LastIndexOf(sla, StringComparison.Ordinal)];
            var slaChart = text[text.LastIndexOf(sla, StringComparison.Ordinal)..];
            Assert.Contains(axis, byMonthChart);
            Assert.Contains(axis, slaChart);
            foreach (var month in stats.GetProperty("byMonth").EnumerateObject())
            {
                var date = DateOnly.ParseExact(month.Name + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var (name, year) = (months[date.Month - 1], date.Year.ToString(CultureInfo.InvariantCulture));
                // Each column: its count above it, then its month and year under it.
                Assert.Matches($@"{month.Value.GetInt32()}\s*{name}\s*{year}", byMonthChart);
                var counts = stats.GetProperty("slaByMonth").GetProperty(month.Name);
                Assert.Matches($@"{counts.GetProperty("met").GetInt32()} / {counts.GetProperty("missed").GetInt32()}\s*{name}\s*{year}", slaChart);
            }
            // The columns are vector drawing (filled rectangles), not pictures: a fill per column segment on the chart pages.
            var chartPages = pdf.GetPages().Where(p => p.Text.Contains(byMonth, StringComparison.Ordinal) || p.Text.Contains(sla, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(chartPages);
            Assert.All(chartPages, p => Assert.Empty(p.GetImages()));
            var operators = chartPages.SelectMany(p => p.Operations).Select(o => o.Operator).ToList();
            var segments = stats.GetProperty("byMonth").EnumerateObject().Count() + stats.GetProperty("slaByMonth").EnumerateObject()
                .Sum(m => (m.Value.GetProperty("met").GetInt32() > 0 ? 1 : 0) + (m.Value.GetProperty("missed").GetInt32() > 0 ? 1 : 0));
            Assert.True(operators.Count(o => o == "re") >= segments, $"{operators.Count(o => o == "re")} rectangles for {segments} column segments");
            Assert.Contains("l", operators);
        }
    }

    private static readonly string[] MonthsId = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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
