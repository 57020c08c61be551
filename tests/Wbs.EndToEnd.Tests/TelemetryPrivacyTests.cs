using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// What the ops team sees (traces, logs on the dashboard, fed by every service over OTLP) never
/// holds a reporter's address, user agent or complaint code.
/// </summary>
public sealed partial class TelemetryPrivacyTests(AppHostFixture system)
{
    private const string ClientAddress = "203.0.113.77";

    [Fact]
    public async Task Dashboard_telemetry_holds_no_client_address_user_agent_or_complaint_code()
    {
        var ct = TestContext.Current.CancellationToken;
        var agent = $"LeakProbe/{Guid.NewGuid():N}";
        using var http = system.CreateClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", ClientAddress);
        http.DefaultRequestHeaders.Add("Forwarded", $"for={ClientAddress}");

        var created = await http.PostAsJsonAsync("/api/komdigi/complaints?via=leak-probe", new
        {
            reporterType = "external",
            category = "gratifikasi",
            title = "Uji jejak telemetri",
            what = "Laporan uji untuk memastikan telemetri tidak menyimpan data pelapor.",
        }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.JsonAsync()).GetProperty("complaintCode").GetString()!;
        await Eventually.TrueAsync(async () =>
            (await http.PostAsJsonAsync("/api/komdigi/sessions", new { complaintCode = code })).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "a code session");

        using var dashboard = new HttpClient { BaseAddress = new Uri(system.Credentials.Dashboard) };
        await dashboard.GetAsync($"/?t={Uri.EscapeDataString(system.Credentials.DashboardToken)}", ct);
        // Exporters batch for a few seconds: wait until the gateway's spans of this journey arrived.
        var traces = await Eventually.GetAsync(async () =>
        {
            var page = await dashboard.GetStringAsync($"/traces?service=gateway");
            return page.Contains("/api/{tenant}/sessions") || page.Contains("/api/komdigi/sessions") ? page : null;
        }, TimeSpan.FromSeconds(60), "gateway traces on the dashboard");

        var pages = new List<string> { traces };
        foreach (var service in new[] { "gateway", "intake", "identity", "casemanagement" })
        {
            var list = await dashboard.GetStringAsync($"/traces?service={service}", ct);
            pages.Add(list);
            foreach (var id in TraceLinks().Matches(list).Select(m => m.Groups[1].Value).Distinct().Take(40))
            {
                pages.Add(await dashboard.GetStringAsync($"/traces/{id}", ct));
            }
            pages.Add(await dashboard.GetStringAsync($"/logs?service={service}", ct));
        }

        Assert.True(pages.Count > 8);
        foreach (var page in pages)
        {
            Assert.DoesNotContain(ClientAddress, page);
            Assert.DoesNotContain(agent, page);
            Assert.DoesNotContain(code, page);
            Assert.DoesNotContain(code.Replace("-", ""), page);
            Assert.DoesNotContain("leak-probe", page);
        }
    }

    [GeneratedRegex("href=\"/traces/([0-9a-f]{32})")]
    private static partial Regex TraceLinks();
}
