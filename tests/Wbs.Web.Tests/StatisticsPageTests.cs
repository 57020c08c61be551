using System.Globalization;
using System.Text.RegularExpressions;

namespace Wbs.Web.Tests;

/// <summary>The statistics page and its CSV download (banjarnegara's auditor), read against reports this test makes.</summary>
public sealed partial class StatisticsPageTests(AppHostFixture system)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Statistics_page_and_csv_count_the_reports_consistently()
    {
        await new SystemApi(system).SubmitAsync(Tenant, "Uji statistik halaman petugas");
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(system.Credentials.For(Tenant, "auditor"))).Status);

        // Today (WIB) holds at least this test's report once its case is open.
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await Eventually.GetAsync(async () =>
            await portal.GetAsync($"/{Tenant}/staff/statistics?from={today}&to={today}") is { Status: HttpStatusCode.OK } p && Total(p) >= 1 ? p : null,
            TimeSpan.FromSeconds(60), "today's report in the statistics");
        Assert.Contains($"/{Tenant}/staff/statistics.csv?from={today}&amp;to={today}", page.Html);

        var csv = await portal.GetAsync($"/{Tenant}/staff/statistics.csv?from={today}&to={today}");

        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Equal("text/csv", csv.ContentHeaders!.ContentType!.MediaType);
        Assert.Equal("attachment", csv.ContentHeaders.ContentDisposition!.DispositionType);
        Assert.Equal($"statistik-{Tenant}.csv", csv.ContentHeaders.ContentDisposition.FileName!.Trim('"'));
        // Excel in an Indonesian locale: a BOM, ';' between cells, Indonesian labels (none of these cells needs quotes).
        Assert.Equal('\uFEFF', csv.Html[0]);
        var lines = csv.Html.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dimensi;Dimensi;kode;Keterangan;Jumlah", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        int Count(string dimension) => rows.Where(r => r[0] == dimension).Sum(r => int.Parse(r[4], CultureInfo.InvariantCulture));
        var total = Count("total");
        // Reports of tests running alongside may arrive in between: never fewer than the page showed.
        Assert.True(total >= Total(page), $"CSV total {total} < page total {Total(page)}");
        Assert.Equal(total, Count("status"));
        Assert.Equal(total, Count("category"));
        Assert.Equal(total, Count("month"));
        Assert.Equal(total, Count("reporterType"));
        Assert.Equal(total, Count("sla"));
        // Months are the tenant's (WIB); the page's day may begin seven hours before its UTC date.
        string[] months = [DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture), DateTime.UtcNow.AddHours(7).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DateTime.UtcNow.AddHours(-7).ToString("yyyy-MM", CultureInfo.InvariantCulture)];
        Assert.All(rows.Where(r => r[0] == "month"), r => Assert.Contains(r[2], months));

        // A period without reports counts nothing.
        var empty = await portal.GetAsync($"/{Tenant}/staff/statistics.csv?from=2001-01-01&to=2001-01-31");
        Assert.Contains("total;Jumlah laporan;all;Semua;0", empty.Html);

        // A reader who switched to English gets English headers from the same link (the cookie, not the link, says so).
        await portal.GetAsync($"/{Tenant}/staff/statistics?lang=en");
        var english = await portal.GetAsync($"/{Tenant}/staff/statistics.csv?from=2001-01-01&to=2001-01-31");
        var englishLines = english.Html.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dimension;Dimension;code;Label;Value", englishLines[0]);
        Assert.Contains("total;Reports;all;All;0", english.Html);
    }

    [Fact]
    public async Task Statistics_csv_without_a_staff_session_sends_to_sign_in()
    {
        using var portal = new Portal(system);
        var page = await portal.GetAsync($"/{Tenant}/staff/statistics.csv");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith($"/{Tenant}/staff/login?returnUrl=", page.Location);
    }

    private static int Total(PortalPage page) =>
        StatTotal().Match(page.Html) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex("data-testid=\"stat-total\">(\\d+)<")]
    private static partial Regex StatTotal();
}
