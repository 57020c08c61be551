using System.Net;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// Identity disclosure through the gateway: a verifier asks, only a custodian decides, the reporter is told why (timeline and inbox).
/// Reading the identity itself (Intake asking CaseManagement) is covered by the services' tests until the AppHost gives Intake
/// CaseManagement's endpoint.
/// </summary>
public sealed class DisclosureJourneyTests(AppHostFixture system)
{
    private readonly HttpClient _http = system.CreateClient();

    [Fact]
    public async Task Only_a_custodian_approves_a_verifiers_disclosure_and_the_reporter_learns_the_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        const string reason = "Pelapor perlu dipanggil sebagai saksi dalam pemeriksaan khusus.";
        var created = await (await ProofOfWorkSolver.PostJsonAsync(_http, "/api/banjarnegara/complaints", new
        {
            reporterType = "external", category = "korupsi", title = "Pemotongan honor kader posyandu",
            what = "Honor kader posyandu dipotong sepertiga oleh bendahara desa setiap bulan.",
            identity = new { name = "Dewi Lestari", contact = "dewi@example.org" },
        }, ct)).JsonAsync();
        var trackingNumber = created.GetProperty("trackingNumber").GetString()!;
        var codeToken = await Eventually.GetAsync(async () =>
        {
            var r = await _http.PostAsync("/api/banjarnegara/sessions", new { complaintCode = created.GetProperty("complaintCode").GetString() });
            return r.IsSuccessStatusCode ? (await r.JsonAsync()).GetProperty("accessToken").GetString() : null;
        }, TimeSpan.FromSeconds(60), "a code session");
        var verifier = await system.StaffTokenAsync("banjarnegara", "verifier");
        var custodian = await system.StaffTokenAsync("banjarnegara", "custodian");

        var detail = await Eventually.GetAsync(async () =>
        {
            var r = await _http.GetAsync($"/api/banjarnegara/cases/{trackingNumber}", verifier);
            return r.IsSuccessStatusCode ? (JsonElement?)await r.JsonAsync() : null;
        }, TimeSpan.FromSeconds(60), "the case");
        Assert.True(detail!.Value.GetProperty("hasSealedIdentity").GetBoolean());
        Assert.DoesNotContain("Dewi", detail.Value.GetRawText());

        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/banjarnegara/cases/{trackingNumber}/identity", verifier)).StatusCode);
        var requested = await _http.PostAsync($"/api/banjarnegara/cases/{trackingNumber}/disclosures", new { reason }, verifier);
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var disclosureId = (await requested.JsonAsync()).GetProperty("disclosureId").GetString();
        Assert.Equal(HttpStatusCode.Forbidden,
            (await _http.PostAsync($"/api/banjarnegara/disclosures/{disclosureId}/decision", new { approve = true }, verifier)).StatusCode);

        var decided = await _http.PostAsync($"/api/banjarnegara/disclosures/{disclosureId}/decision", new { approve = true }, custodian);
        Assert.Equal("approved", (await decided.JsonAsync()).GetProperty("status").GetString());
        // Only the requester reads it, through Intake, which asks CaseManagement first.
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/banjarnegara/cases/{trackingNumber}/identity", custodian)).StatusCode);
        var identity = await (await _http.GetAsync($"/api/banjarnegara/cases/{trackingNumber}/identity", verifier)).JsonAsync();
        Assert.Equal("Dewi Lestari", identity.GetProperty("name").GetString());
        Assert.Equal("dewi@example.org", identity.GetProperty("contact").GetString());

        var auditor = await system.StaffTokenAsync("banjarnegara", "auditor");
        var audit = await (await _http.GetAsync($"/api/banjarnegara/audit?trackingNumber={trackingNumber}", auditor)).JsonAsync();
        var actions = audit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()).ToList();
        Assert.Contains("disclosure.requested", actions);
        Assert.Contains("disclosure.approved", actions);
        Assert.Contains("identity.read", actions);

        var report = await (await _http.GetAsync($"/api/banjarnegara/reports/{trackingNumber}", codeToken!)).JsonAsync();
        Assert.Contains(report.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("message").GetString()?.Contains(reason) == true);
        var inbox = await Eventually.GetAsync(async () =>
        {
            var body = await (await _http.GetAsync("/api/banjarnegara/notifications", codeToken!)).JsonAsync();
            return body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == "identity_disclosed") ? (JsonElement?)body : null;
        }, TimeSpan.FromSeconds(60), "the disclosure notice in the inbox");
        Assert.DoesNotContain(system.Credentials.For("banjarnegara", "verifier").Username, inbox!.Value.GetRawText() + report.GetRawText());
    }
}
