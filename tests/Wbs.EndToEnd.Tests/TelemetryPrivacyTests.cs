using System.Net;
using System.Net.Http.Json;
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
        var answer = await created.JsonAsync();
        var code = answer.GetProperty("complaintCode").GetString()!;
        var trackingNumber = answer.GetProperty("trackingNumber").GetString()!;
        await Eventually.TrueAsync(async () =>
            (await http.PostAsJsonAsync("/api/komdigi/sessions", new { complaintCode = code }, ct)).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "a code session");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/komdigi", ct)).StatusCode);

        // Read once this very report is on the dashboard: its route at the gateway and its acceptance in Intake's logs.
        var telemetry = await DashboardTelemetry.ReadAsync(system, ct, arrived: (service, spans, logs) => service switch
        {
            "gateway" => spans.Contains("/api/{tenant}/complaints", StringComparison.Ordinal),
            "intake" => logs.Contains(trackingNumber, StringComparison.Ordinal),
            _ => true,
        });
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
}
