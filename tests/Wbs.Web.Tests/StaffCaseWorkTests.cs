using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// Case work in the staff console through a real chromium: identity disclosure (requested on the case
/// page, decided by a custodian, read by the requester) and forwarding with redaction (the signed
/// package downloaded and opened). Every console page visited passes axe at WCAG 2.1 AA.
/// </summary>
public sealed class StaffCaseWorkTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Verifier_requests_a_disclosure_the_custodian_approves_and_only_then_the_verifier_reads_the_identity()
    {
        var ct = TestContext.Current.CancellationToken;
        var api = new SystemApi(system);
        var name = $"Saksi {Guid.NewGuid():N}"[..20];
        var report = await api.SubmitWithIdentityAsync(Tenant, "Uji pengungkapan identitas", name, "0812-0000-1111");
        await WaitForCaseAsync(api, report.TrackingNumber);
        var axe = new List<string>();

        await using var verifierContext = await NewContextAsync();
        var verifier = await verifierContext.NewPageAsync();
        await verifier.GotoAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}");
        await BrowserPages.StaffSignInAsync(verifier, system.Credentials.For(Tenant, "verifier"));
        await Assertions.Expect(verifier.Locator("#pengungkapan")).ToBeVisibleAsync();
        axe.AddRange(await BrowserPages.AxeViolationsAsync(verifier));

        // Too short a reason is refused on the page, and nothing is requested.
        await verifier.Locator("#disclosureReason").FillAsync("perlu");
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Minta pengungkapan" }).ClickAsync();
        await Assertions.Expect(verifier.Locator("#disclosureReason-error")).ToBeVisibleAsync();
        Assert.Equal(0, await verifier.GetByTestId("my-disclosures").CountAsync());

        await verifier.Locator("#disclosureReason").FillAsync("Saksi kunci perlu dihubungi untuk klarifikasi jadwal piket.");
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Minta pengungkapan" }).ClickAsync();
        await Assertions.Expect(verifier.Locator(".flash")).ToContainTextAsync("Permintaan pengungkapan dikirim");
        await Assertions.Expect(verifier.GetByTestId("my-disclosures")).ToContainTextAsync("Menunggu keputusan kustodian");

        // Before a decision the requester's list offers nothing to open, and the API refuses the read.
        await verifier.GotoAsync($"/{Tenant}/staff/pengungkapan");
        Assert.Equal(0, await verifier.GetByRole(AriaRole.Button, new() { Name = "Buka identitas" }).CountAsync());
        Assert.DoesNotContain(name, await verifier.ContentAsync());

        // The custodian decides.
        await using var custodianContext = await NewContextAsync();
        var custodian = await custodianContext.NewPageAsync();
        await custodian.GotoAsync($"/{Tenant}/staff/pengungkapan");
        await BrowserPages.StaffSignInAsync(custodian, system.Credentials.For(Tenant, "custodian"));
        var request = custodian.GetByTestId("pending-disclosure").Filter(new() { HasText = report.TrackingNumber });
        await Assertions.Expect(request).ToContainTextAsync("Saksi kunci perlu dihubungi");
        axe.AddRange(await BrowserPages.AxeViolationsAsync(custodian));
        await request.Locator("textarea").FillAsync("Disetujui untuk klarifikasi.");
        await request.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await Assertions.Expect(custodian.Locator(".flash")).ToContainTextAsync("Pengungkapan disetujui");
        Assert.Equal(0, await custodian.GetByTestId("pending-disclosure").Filter(new() { HasText = report.TrackingNumber }).CountAsync());
        Assert.DoesNotContain(name, await custodian.ContentAsync());

        // Now the requester opens it.
        await verifier.GotoAsync($"/{Tenant}/staff/pengungkapan");
        var row = verifier.Locator("tr").Filter(new() { HasText = report.TrackingNumber });
        await Assertions.Expect(row).ToContainTextAsync("Disetujui");
        await row.GetByRole(AriaRole.Button, new() { Name = "Buka identitas" }).ClickAsync();
        await Assertions.Expect(verifier.GetByTestId("disclosed-identity")).ToContainTextAsync(name);
        await Assertions.Expect(verifier.GetByTestId("disclosed-identity")).ToContainTextAsync("0812-0000-1111");
        axe.AddRange(await BrowserPages.AxeViolationsAsync(verifier));
        await BrowserPages.Screenshot(verifier, "30-disclosed-identity");

        // The read is in the audit trail.
        using var auditor = await api.StaffClientAsync(system.Credentials.For(Tenant, "auditor"));
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/{Tenant}/audit?trackingNumber={report.TrackingNumber}", ct);
        var actions = audit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()).ToList();
        Assert.Contains("disclosure.requested", actions);
        Assert.Contains("disclosure.approved", actions);
        Assert.Contains("identity.read", actions);
        Assert.True(axe.Count == 0, string.Join("\n", axe));
    }

    [Fact]
    public async Task Supervisor_forwards_with_a_redaction_and_the_signed_package_shares_the_chosen_evidence_without_the_redacted_text()
    {
        var api = new SystemApi(system);
        var shared = await api.UploadAsync(Tenant, "jadwal-piket.txt", "text/plain", "Jadwal piket loket, Senin sampai Jumat\n"u8.ToArray());
        var kept = await api.UploadAsync(Tenant, "catatan-pribadi.txt", "text/plain", "Catatan pribadi pelapor\n"u8.ToArray());
        var report = await api.SubmitAsync(Tenant, "Uji penerusan dengan penyamaran", shared.EvidenceId, kept.EvidenceId);
        await WaitForCaseAsync(api, report.TrackingNumber);
        var axe = new List<string>();

        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}");
        await BrowserPages.StaffSignInAsync(page, system.Credentials.For(Tenant, "supervisor"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Teruskan kasus" }).ClickAsync();
        await page.WaitForURLAsync($"**/staff/cases/{report.TrackingNumber}/teruskan");
        axe.AddRange(await BrowserPages.AxeViolationsAsync(page));

        await page.GetByLabel("Komisi Pemberantasan Korupsi (KPK)").CheckAsync();
        await page.GetByLabel("jadwal-piket.txt").CheckAsync();
        await page.Locator("#redaction-field-0").SelectOptionAsync("what");
        await page.Locator("#redaction-text-0").FillAsync("uang tambahan");
        await page.Locator("#note").FillAsync("Mohon ditindaklanjuti sesuai kewenangan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Teruskan dan tutup kasus" }).ClickAsync();

        await page.WaitForURLAsync($"**/staff/cases/{report.TrackingNumber}");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Kasus diteruskan ke Komisi Pemberantasan Korupsi (KPK)");
        await Assertions.Expect(page.GetByTestId("forwarded-to")).ToContainTextAsync("Diteruskan ke Komisi Pemberantasan Korupsi (KPK)");
        await Assertions.Expect(page.GetByTestId("case-status")).ToContainTextAsync("Dilimpahkan");
        axe.AddRange(await BrowserPages.AxeViolationsAsync(page));
        await BrowserPages.Screenshot(page, "31-forwarded-case");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Unduh paket bertanda tangan (ZIP)" }).ClickAsync());
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("manifest.json", names);
        Assert.Contains("manifest.sig", names);
        Assert.Contains(names, n => n.StartsWith("bukti/", StringComparison.Ordinal) && n.EndsWith("jadwal-piket.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("catatan-pribadi", StringComparison.Ordinal));
        var laporan = await new StreamReader(zip.GetEntry("laporan.json")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("uang tambahan", laporan);
        Assert.Contains("[DISAMARKAN]", laporan);
        var cover = await new StreamReader(zip.GetEntry("surat-pengantar.txt")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Mohon ditindaklanjuti sesuai kewenangan.", cover);
        Assert.True(axe.Count == 0, string.Join("\n", axe));
    }

    [Fact]
    public async Task What_a_case_worker_typed_survives_a_refused_transition_and_a_session_that_ended_before_sending()
    {
        var api = new SystemApi(system);
        var report = await api.SubmitAsync(Tenant, "Uji isian petugas yang tidak hilang");
        await WaitForCaseAsync(api, report.TrackingNumber);
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}");
        await BrowserPages.StaffSignInAsync(page, system.Credentials.For(Tenant, "verifier"));

        // Rejecting needs a reason: the refusal shows the form again as it was filled in.
        await page.Locator("input[name=to][value=rejected]").CheckAsync();
        await page.Locator("#publicMessage").FillAsync("Laporan ini di luar kewenangan kami; silakan ajukan ke instansi pusat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Assertions.Expect(page.Locator("#reason-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#publicMessage")).ToHaveValueAsync("Laporan ini di luar kewenangan kami; silakan ajukan ke instansi pusat.");
        await Assertions.Expect(page.Locator("input[name=to][value=rejected]")).ToBeCheckedAsync();

        // A long letter outlives the session: sending it leads to the sign-in page, and after signing in it is back, unsent.
        var letter = string.Join(" ", Enumerable.Repeat("Mohon lampirkan bukti transfer dan nama loket yang Anda datangi.", 60));
        await page.Locator("#body").FillAsync(letter);
        await context.ClearCookiesAsync(new() { Name = "wbs_staff" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/login**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Isian Anda belum hilang");
        await BrowserPages.StaffSignInAsync(page, system.Credentials.For(Tenant, "verifier"));
        Assert.EndsWith($"/staff/cases/{report.TrackingNumber}", page.Url);
        await Assertions.Expect(page.Locator("#body")).ToHaveValueAsync(letter);
        Assert.DoesNotContain("Mohon lampirkan bukti transfer", await page.Locator(".messages").InnerTextAsync());
    }

    private Task<IBrowserContext> NewContextAsync() =>
        browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl, BypassCSP = true, AcceptDownloads = true });

    private async Task WaitForCaseAsync(SystemApi api, string trackingNumber)
    {
        using var admin = await api.StaffClientAsync(system.Credentials.For(Tenant, "admin"));
        await Eventually.TrueAsync(async () => (await admin.GetAsync($"/api/{Tenant}/cases/{trackingNumber}")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "the case to open");
    }
}
