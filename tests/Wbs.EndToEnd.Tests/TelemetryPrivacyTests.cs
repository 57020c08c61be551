using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// What the ops team sees on the Aspire dashboard (traces and structured logs of every service,
/// read through the dashboard's telemetry HTTP API) never holds a reporter's address, user agent,
/// query string, complaint code or report text.
/// </summary>
public sealed class TelemetryPrivacyTests(AppHostFixture system)
{
    private const string ClientAddress = "203.0.113.77";
    private static readonly string[] Services = ["gateway", "intake", "identity", "casemanagement", "evidencestorage", "notification", "web"];

    [Fact]
    public async Task Dashboard_telemetry_of_every_service_holds_no_client_identifier_code_or_report_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = Guid.NewGuid().ToString("N");
        var agent = $"LeakProbe/{marker}";
        using var http = system.CreateClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", ClientAddress);
        http.DefaultRequestHeaders.Add("Forwarded", $"for={ClientAddress}");

        var created = await http.PostAsJsonAsync($"/api/komdigi/complaints?via=probe{marker}", new
        {
            reporterType = "external",
            category = "gratifikasi",
            title = "Uji jejak telemetri",
            what = $"Laporan uji {marker} untuk memastikan telemetri tidak menyimpan data pelapor.",
        }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.JsonAsync()).GetProperty("complaintCode").GetString()!;
        await Eventually.TrueAsync(async () =>
            (await http.PostAsJsonAsync("/api/komdigi/sessions", new { complaintCode = code }, ct)).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "a code session");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/komdigi", ct)).StatusCode);

        using var dashboard = new HttpClient { BaseAddress = new Uri(system.Credentials.Dashboard) };
        dashboard.DefaultRequestHeaders.Add("x-api-key", system.DashboardApiKey);
        // Exporters batch for a few seconds: wait until every service's spans and logs have arrived.
        var telemetry = new List<string>();
        foreach (var service in Services)
        {
            var spans = await Eventually.GetAsync(async () =>
            {
                var body = await dashboard.GetStringAsync($"/api/telemetry/spans?resource={service}&limit=500", ct);
                return CountItems(body, "spans") > 0 ? body : null;
            }, TimeSpan.FromSeconds(90), $"spans of {service} on the dashboard");
            telemetry.Add(spans);
            telemetry.Add(await dashboard.GetStringAsync($"/api/telemetry/logs?resource={service}&limit=500", ct));
        }
        var gatewaySpans = telemetry[0];
        Assert.Contains("/api/{tenant}/complaints", gatewaySpans);

        foreach (var body in telemetry)
        {
            Assert.DoesNotContain(ClientAddress, body);
            Assert.DoesNotContain(marker, body);
            Assert.DoesNotContain(code, body);
            Assert.DoesNotContain(code.Replace("-", ""), body);
            Assert.DoesNotContain("via=", body);
        }
    }

    private static int CountItems(string otlpJson, string kind)
    {
        using var json = JsonDocument.Parse(otlpJson);
        var data = json.RootElement.GetProperty("data");
        var resources = data.TryGetProperty(kind == "spans" ? "resourceSpans" : "resourceLogs", out var r) ? r : default;
        return resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray().Sum(x => x.GetProperty(kind == "spans" ? "scopeSpans" : "scopeLogs").EnumerateArray()
                .Sum(s => s.GetProperty(kind == "spans" ? "spans" : "logRecords").GetArrayLength()))
            : 0;
    }
}
