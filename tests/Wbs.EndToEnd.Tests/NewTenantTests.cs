using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// A new agency without code (issue 14): the platform admin creates it and its first admin through the gateway, and at once
/// every service serves it — profile, submission with its own working-day deadline, code sign-in, staff sign-in and case list —
/// isolated like the seed tenants; its admin edits the FAQ and the public site shows it; a report forwarded to it takes its rule
/// and a copy of the evidence chosen for it.
/// </summary>
public sealed class NewTenantTests(AppHostFixture system)
{
    private readonly HttpClient _http = system.CreateClient();
    private readonly string _slug = "uji-" + Guid.NewGuid().ToString("N")[..8];

    private static readonly DeadlineRule WorkingDays = new() { Days = 10, Unit = DeadlineRule.Working };

    private static readonly ResponseDeadline Deadline =
        new(WorkingDays, TenantTimeZones.Find(TenantTimeZones.Wita), TenantCatalog.NationalHolidays().Select(h => h.Date));

    [Fact]
    public async Task A_tenant_created_by_the_platform_admin_works_end_to_end_and_stays_isolated()
    {
        var ct = TestContext.Current.CancellationToken;
        var platform = await system.StaffTokenAsync("platform", "platform_admin");
        var agencyAdmin = await system.StaffTokenAsync("banjarnegara", "admin");
        var tenant = NewTenant();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsync("/api/platform/tenants", tenant)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.PostAsync("/api/platform/tenants", tenant, agencyAdmin)).StatusCode);
        var invalid = await _http.PostAsync("/api/platform/tenants", new { slug = "platform", name = "X", categories = Array.Empty<object>() }, platform);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var created = await _http.PostAsync("/api/platform/tenants", tenant, platform);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _http.PostAsync("/api/platform/tenants", tenant, platform)).StatusCode);

        var profile = await (await _http.GetAsync($"/api/{_slug}/profile", ct)).JsonAsync();
        Assert.Equal("Inspektorat Uji Coba", profile.GetProperty("name").GetString());
        Assert.Equal("working", profile.GetProperty("deadlineRule").GetProperty("unit").GetString());
        Assert.Equal("pungli", profile.GetProperty("categories")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/platform/profile", ct)).StatusCode);

        // The first admin: temporary password and TOTP, as any enrolment; only once per agency.
        var enrolled = await _http.PostAsync($"/api/platform/tenants/{_slug}/admins", new { username = "admin.uji" }, platform);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var enrolment = await enrolled.JsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await _http.PostAsync($"/api/platform/tenants/{_slug}/admins", new { username = "admin.dua" }, platform)).StatusCode);
        var admin = await FirstAdminTokenAsync(enrolment);

        // A report: the tenant's own rule (10 working days, WITA) sets its deadline.
        var submitted = await (await ProofOfWorkSolver.PostJsonAsync(_http, $"/api/{_slug}/complaints", new
        {
            reporterType = "external", category = "pungli", title = "Pungutan pada layanan izin",
            what = "Petugas meminta uang tambahan agar izin usaha cepat selesai.",
        }, ct)).JsonAsync();
        var trackingNumber = submitted.GetProperty("trackingNumber").GetString()!;
        Assert.Equal(Deadline.DueAt(submitted.GetProperty("submittedAt").GetDateTimeOffset()), submitted.GetProperty("responseDueAt").GetDateTimeOffset());

        var codeToken = await CodeTokenAsync(submitted.GetProperty("complaintCode").GetString()!);
        // The case opens in CaseManagement when ComplaintSubmitted arrives.
        await Eventually.TrueAsync(async () => (await (await _http.GetAsync($"/api/{_slug}/reports", codeToken)).JsonAsync())
            .EnumerateArray().Any(r => r.GetProperty("trackingNumber").GetString() == trackingNumber), what: "the new tenant's report in the reporter's list");
        var cases = await Eventually.GetAsync(async () =>
        {
            var body = await (await _http.GetAsync($"/api/{_slug}/cases", admin)).JsonAsync();
            return body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("trackingNumber").GetString() == trackingNumber) ? (JsonElement?)body : null;
        }, TimeSpan.FromSeconds(60), "the report in the new agency's case list");
        Assert.Equal(1, cases!.Value.GetProperty("total").GetInt32());

        // Isolated: its token is refused elsewhere, others' tokens are refused here, the platform reads no cases.
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync("/api/banjarnegara/cases", admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/{_slug}/cases", agencyAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/{_slug}/reports/{trackingNumber}", agencyAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/{_slug}/cases", platform)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/tidak-ada-instansi/profile", ct)).StatusCode);

        // Its admin edits the FAQ and the tagline; the public site shows them at once. Another agency's admin cannot.
        var faq = new { faq = new[] { new { q = "Apakah laporan bisa dikirim tanpa nama?", a = "Bisa. Simpan kode pengaduan Anda." } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await Put($"/api/{_slug}/profile", faq, agencyAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Put($"/api/{_slug}/profile", new { themeColor = "merah" }, admin)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Put($"/api/{_slug}/profile", faq, admin)).StatusCode);
        var site = await _http.GetStringAsync($"/{_slug}", ct);
        Assert.Contains("Apakah laporan bisa dikirim tanpa nama?", site);
        Assert.Contains("Inspektorat Uji Coba", site);
    }

    [Fact]
    public async Task A_report_forwarded_to_a_working_day_tenant_gets_that_tenants_deadline_and_the_chosen_evidence()
    {
        var ct = TestContext.Current.CancellationToken;
        var platform = await system.StaffTokenAsync("platform", "platform_admin");
        Assert.Equal(HttpStatusCode.Created, (await _http.PostAsync("/api/platform/tenants", NewTenant(), platform)).StatusCode);
        var enrolled = await _http.PostAsync($"/api/platform/tenants/{_slug}/admins", new { username = "admin.uji" }, platform);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var marker = Guid.NewGuid().ToString("N");
        var shared = await UploadAsync("bukti-dibagikan.txt", $"Daftar hadir panitia {marker}\n", ct);
        var kept = await UploadAsync("bukti-internal.txt", $"Catatan internal {marker}\n", ct);
        var submitted = await (await ProofOfWorkSolver.PostJsonAsync(_http, "/api/banjarnegara/complaints", new
        {
            reporterType = "internal", category = "korupsi", title = "Pengadaan yang diarahkan",
            what = "Panitia pengadaan mengarahkan pemenang lelang kepada kerabat pejabat dinas.",
            evidenceIds = new[] { shared, kept },
        }, ct)).JsonAsync();
        var sourceTrackingNumber = submitted.GetProperty("trackingNumber").GetString();
        var supervisor = await system.StaffTokenAsync("banjarnegara", "supervisor");

        // Forwarded with one of its two files (once the case knows both).
        var forwarded = await Eventually.GetAsync(async () =>
        {
            var r = await _http.PostAsync($"/api/banjarnegara/cases/{sourceTrackingNumber}/forwardings",
                new { to = $"tenant:{_slug}", evidenceIds = new[] { shared }, note = "Kewenangan instansi tujuan." }, supervisor);
            return r.StatusCode == HttpStatusCode.Created ? (JsonElement?)await r.JsonAsync() : null;
        }, TimeSpan.FromSeconds(60), "the forwarding");
        var destination = forwarded!.Value.GetProperty("destinationTrackingNumber").GetString()!;

        var codeToken = await CodeTokenAsync(submitted.GetProperty("complaintCode").GetString()!);
        var report = (await Eventually.GetAsync(async () =>
        {
            var r = await _http.GetAsync($"/api/{_slug}/reports/{destination}", codeToken);
            var body = r.IsSuccessStatusCode ? await r.JsonAsync() : default;
            return r.IsSuccessStatusCode && body.GetProperty("evidence").GetArrayLength() > 0 ? (JsonElement?)body : null;
        }, TimeSpan.FromSeconds(60), "the forwarded report with its evidence at the destination"))!.Value;
        var opened = report.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.Equal(Deadline.DueAt(opened), report.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.NotEqual(opened.AddDays(30), report.GetProperty("responseDueAt").GetDateTimeOffset());

        // The destination holds a copy of the chosen file only, under its own id; its staff read the same bytes.
        var copy = Assert.Single(report.GetProperty("evidence").EnumerateArray());
        Assert.Equal("bukti-dibagikan.txt", copy.GetProperty("fileName").GetString());
        var copyId = copy.GetProperty("evidenceId").GetGuid();
        Assert.NotEqual(shared, copyId);
        // The source keeps its own files.
        var sourceAdmin = await system.StaffTokenAsync("banjarnegara", "admin");
        var original = await _http.GetAsync($"/api/banjarnegara/evidence/{shared}/content", sourceAdmin);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        var originalBytes = await original.Content.ReadAsByteArrayAsync(ct);
        Assert.Contains(marker, System.Text.Encoding.UTF8.GetString(originalBytes));
        var admin = await FirstAdminTokenAsync(await enrolled.JsonAsync());
        var copied = await _http.GetAsync($"/api/{_slug}/evidence/{copyId}/content", admin);
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        Assert.Equal(originalBytes, await copied.Content.ReadAsByteArrayAsync(ct));
        Assert.NotEqual(HttpStatusCode.OK, (await _http.GetAsync($"/api/{_slug}/evidence/{shared}/content", admin)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await _http.GetAsync($"/api/{_slug}/evidence/{kept}/content", admin)).StatusCode);
    }

    private async Task<Guid> UploadAsync(string fileName, string text, CancellationToken ct)
    {
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "file", fileName);
        var uploaded = await _http.PostAsync("/api/banjarnegara/evidence", upload, ct);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        return (await uploaded.JsonAsync()).GetProperty("evidenceId").GetGuid();
    }

    private object NewTenant() => new
    {
        slug = _slug,
        name = "Inspektorat Uji Coba",
        shortName = "WBS Uji Coba",
        logo = "/img/banjarnegara.svg",
        themeColor = "#1d4e89",
        accountFlow = "code-first",
        deadlineRule = WorkingDays,
        timeZone = TenantTimeZones.Wita,
        contact = new { address = "Jl. Uji No. 1", emails = new[] { "wbs@uji.example" } },
        categories = new[] { new { code = "pungli", label = "Pungutan liar" }, new { code = "korupsi", label = "Korupsi" } },
        faq = new[] { new { q = "Siapa yang boleh melapor?", a = "Siapa saja." } },
    };

    private async Task<string> CodeTokenAsync(string code) => (await Eventually.GetAsync(async () =>
    {
        var r = await _http.PostAsync($"/api/{_slug}/sessions", new { complaintCode = code });
        return r.IsSuccessStatusCode ? (await r.JsonAsync()).GetProperty("accessToken").GetString() : null;
    }, TimeSpan.FromSeconds(60), "a code session"))!;

    /// <summary>Signs in with the temporary password, sets up a fresh TOTP key, replaces the password (each with a TOTP step of its own) and answers the new session's token.</summary>
    private async Task<string> FirstAdminTokenAsync(JsonElement enrolment)
    {
        var username = enrolment.GetProperty("username").GetString()!;
        var temporary = enrolment.GetProperty("temporaryPassword").GetString()!;
        var secret = enrolment.GetProperty("totpSecret").GetString()!;
        var signedIn = await _http.PostAsync($"/api/{_slug}/staff/sessions",
            new { username, password = temporary, totp = await TotpSteps.NextCodeAsync(_slug, username, secret) });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var temporaryToken = (await signedIn.JsonAsync()).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.GetAsync($"/api/{_slug}/cases", temporaryToken)).StatusCode);
        // The TOTP secret the platform admin saw is replaced by a fresh one first.
        var started = await _http.PostAsync($"/api/{_slug}/staff/totp", new { }, temporaryToken);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        secret = (await started.JsonAsync()).GetProperty("totpSecret").GetString()!;
        var confirmed = await _http.PostAsync($"/api/{_slug}/staff/totp/confirmation", new { totp = await TotpSteps.NextCodeAsync(_slug, username, secret) },
            temporaryToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var enrolledToken = (await confirmed.JsonAsync()).GetProperty("accessToken").GetString()!;
        var changed = await _http.PostAsync($"/api/{_slug}/staff/password", new
        {
            currentPassword = temporary, newPassword = "Uji-Coba-Sandi-Baru-2026!", totp = await TotpSteps.NextCodeAsync(_slug, username, secret),
        }, enrolledToken);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        return (await changed.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    private Task<HttpResponseMessage> Put(string path, object body, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _http.SendAsync(request);
    }
}
