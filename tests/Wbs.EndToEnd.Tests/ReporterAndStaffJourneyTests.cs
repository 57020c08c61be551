using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Wbs.TestSupport;

[assembly: AssemblyFixture(typeof(AppHostFixture))]

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// The whole system started by the AppHost, driven through the gateway only, as a reporter and a
/// case worker would use it.
/// </summary>
public sealed class ReporterAndStaffJourneyTests(AppHostFixture system)
{
    private readonly HttpClient _http = system.CreateClient();

    [Theory]
    [InlineData("banjarnegara", "Inspektorat Kabupaten Banjarnegara")]
    [InlineData("komdigi", "Kementerian Komunikasi dan Digital")]
    public async Task Both_seed_tenants_answer_their_profile_through_the_gateway(string tenant, string name)
    {
        var response = await _http.GetAsync($"/api/{tenant}/profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.JsonAsync();
        Assert.Equal(name, profile.GetProperty("name").GetString());
        Assert.Equal(30, profile.GetProperty("responseDays").GetInt32());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Report_with_evidence_is_followed_by_code_and_handled_by_staff()
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = $"bukti-{Guid.NewGuid():N}";

        // Evidence first, one file at a time.
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"Catatan kejadian {marker}\nTanggal: 3 Maret 2026\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "file", "catatan.txt");
        var uploaded = await _http.PostAsync("/api/banjarnegara/evidence", upload, ct);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var evidenceId = (await uploaded.JsonAsync()).GetProperty("evidenceId").GetGuid();

        // The report; the same Idempotency-Key twice creates one report.
        var complaint = new
        {
            reporterType = "internal",
            category = "pengadaan",
            title = "Pengadaan laptop dengan harga tidak wajar",
            what = "Harga satuan laptop dalam kontrak dua kali harga pasar dan spesifikasi diturunkan.",
            where = "Bagian Umum, Sekretariat Daerah",
            when = "Februari 2026",
            who = "Panitia pengadaan",
            evidenceIds = new[] { evidenceId },
        };
        var key = Guid.NewGuid().ToString();
        var created = await _http.PostAsync("/api/banjarnegara/complaints", complaint, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.JsonAsync();
        var again = await (await _http.PostAsync("/api/banjarnegara/complaints", complaint, idempotencyKey: key)).JsonAsync();
        Assert.Equal(answer.GetProperty("trackingNumber").GetString(), again.GetProperty("trackingNumber").GetString());
        var code = answer.GetProperty("complaintCode").GetString()!;
        var trackingNumber = answer.GetProperty("trackingNumber").GetString()!;

        // The reporter follows it with the code.
        var codeToken = await Eventually.GetAsync(async () =>
        {
            var r = await _http.PostAsync("/api/banjarnegara/sessions", new { complaintCode = code });
            return r.IsSuccessStatusCode ? (await r.JsonAsync()).GetProperty("accessToken").GetString() : null;
        }, TimeSpan.FromSeconds(60), "a code session");
        var detail = await Eventually.GetAsync(async () =>
        {
            var r = await _http.GetAsync($"/api/banjarnegara/reports/{trackingNumber}", codeToken);
            if (!r.IsSuccessStatusCode)
            {
                return null;
            }
            var body = await r.JsonAsync();
            return body.GetProperty("evidence").GetArrayLength() == 1 ? (JsonElement?)body : null;
        }, TimeSpan.FromSeconds(60), "the report with its evidence");
        Assert.Equal("received", detail!.Value.GetProperty("status").GetString());
        Assert.Equal("Diterima", detail.Value.GetProperty("statusLabel").GetString());
        Assert.Equal("Pengadaan laptop dengan harga tidak wajar", detail.Value.GetProperty("title").GetString());
        Assert.Single(detail.Value.GetProperty("timeline").EnumerateArray());

        // A verifier finds the case, reads it (audited), downloads the evidence and moves it on.
        var verifier = await system.StaffTokenAsync("banjarnegara", "verifier");
        var cases = await (await _http.GetAsync("/api/banjarnegara/cases?q=" + trackingNumber, verifier)).JsonAsync();
        Assert.Contains(cases.GetProperty("items").EnumerateArray(), c => c.GetProperty("trackingNumber").GetString() == trackingNumber);
        var caseDetail = await (await _http.GetAsync($"/api/banjarnegara/cases/{trackingNumber}", verifier)).JsonAsync();
        Assert.Equal("Panitia pengadaan", caseDetail.GetProperty("report").GetProperty("who").GetString());
        var download = await _http.GetAsync($"/api/banjarnegara/evidence/{evidenceId}/content", verifier);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains(marker, await download.Content.ReadAsStringAsync(ct));

        var moved = await _http.PostAsync($"/api/banjarnegara/cases/{trackingNumber}/transitions", new
        {
            to = "in_verification",
            publicMessage = "Laporan Anda sedang kami verifikasi.",
            internalNote = "CATATAN-INTERNAL: cek kontrak di bagian umum",
        }, verifier);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var forbidden = await _http.PostAsync($"/api/banjarnegara/cases/{trackingNumber}/transitions", new { to = "closed", outcome = "proven" }, verifier);
        Assert.Equal(HttpStatusCode.Conflict, forbidden.StatusCode);

        // The reporter sees the new status and the public message, never the internal note.
        var after = await (await _http.GetAsync($"/api/banjarnegara/reports/{trackingNumber}", codeToken)).JsonAsync();
        Assert.Equal("in_verification", after.GetProperty("status").GetString());
        Assert.Equal("Diverifikasi", after.GetProperty("statusLabel").GetString());
        var text = after.GetRawText();
        Assert.Contains("Laporan Anda sedang kami verifikasi.", text);
        Assert.DoesNotContain("CATATAN-INTERNAL", text);

        // The auditor sees who read what, but no content.
        var auditor = await system.StaffTokenAsync("banjarnegara", "auditor");
        var audit = await (await _http.GetAsync($"/api/banjarnegara/audit?trackingNumber={trackingNumber}", auditor)).JsonAsync();
        Assert.True(audit.GetProperty("items").GetArrayLength() >= 2);
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/banjarnegara/cases/{trackingNumber}", auditor)).StatusCode);
    }

    [Fact]
    public async Task Fresh_codes_sign_in_create_an_account_and_link_at_once_and_the_account_lists_both_reports_in_its_first_answer()
    {
        // Every call below is made once: no retry hides a code or a link that has not arrived yet.
        var first = await SubmitAsync("Perjalanan dinas fiktif");
        var second = await SubmitAsync("Honor kegiatan dipotong");
        var username = $"pelapor{Guid.NewGuid():N}"[..20];
        const string password = "kata-sandi-pelapor-91";

        var codeSession = await _http.PostAsync("/api/banjarnegara/sessions", new { complaintCode = first.Code });
        var created = await _http.PostAsync("/api/banjarnegara/accounts", new { username, password, complaintCode = first.Code });
        var signedIn = await _http.PostAsync("/api/banjarnegara/sessions", new { username, password });
        Assert.Equal(HttpStatusCode.OK, codeSession.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var token = (await signedIn.JsonAsync()).GetProperty("accessToken").GetString()!;
        var linked = await _http.PostAsync("/api/banjarnegara/accounts/links", new { complaintCode = second.Code }, token);
        var reports = await _http.GetAsync("/api/banjarnegara/reports", token);

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        var listed = (await reports.JsonAsync()).EnumerateArray().ToDictionary(r => r.GetProperty("trackingNumber").GetString()!,
            r => r.GetProperty("title").GetString());
        Assert.Equal([first.TrackingNumber, second.TrackingNumber], listed.Keys.Order());
        Assert.Equal("Honor kegiatan dipotong", listed[second.TrackingNumber]);
    }

    private async Task<(string TrackingNumber, string Code)> SubmitAsync(string title)
    {
        var created = await _http.PostAsync("/api/banjarnegara/complaints", new
        {
            reporterType = "external",
            category = "korupsi",
            title,
            what = "Dana kegiatan dilaporkan penuh tetapi yang dibayarkan hanya sebagian.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.JsonAsync();
        return (answer.GetProperty("trackingNumber").GetString()!, answer.GetProperty("complaintCode").GetString()!);
    }

    [Fact]
    public async Task Wrong_codes_are_401_and_tokens_of_another_tenant_are_403()
    {
        var wrong = await _http.PostAsync("/api/banjarnegara/sessions", new { complaintCode = "ABCD-EFGH-JKMN-PQRS-TU" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);

        var komdigiStaff = await system.StaffTokenAsync("komdigi", "admin");
        var cross = await _http.GetAsync("/api/banjarnegara/cases", komdigiStaff);
        Assert.Equal(HttpStatusCode.Forbidden, cross.StatusCode);
    }

    [Fact]
    public async Task Internal_endpoints_are_not_reachable_through_the_gateway()
    {
        var response = await _http.GetAsync("/internal/banjarnegara/complaints/search?q=a", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_ops_dashboard_shows_every_resource_running_and_healthy_and_wants_its_token()
    {
        var ct = TestContext.Current.CancellationToken;
        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>();
        var names = model.Resources.Select(r => r.Name).ToList();
        foreach (var resource in new[] { "postgres", "intakedb", "messaging", "messaging-epmd", "intake", "identity", "casemanagement", "evidencestorage", "notification", "gateway", "web" })
        {
            Assert.Contains(resource, names);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await system.App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.Running, wait.Token);
        }

        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(system.Credentials.Dashboard) };
        var denied = await anonymous.GetAsync("/", ct);
        Assert.Contains("/login", denied.Headers.Location?.ToString() ?? "");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/telemetry/spans", ct)).StatusCode);
        var login = await anonymous.GetAsync($"/login?t={Uri.EscapeDataString(system.Credentials.DashboardToken)}", ct);
        Assert.Contains(login.Headers, h => h.Key == "Set-Cookie");
    }
}
