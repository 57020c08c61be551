using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// The whole system (AppHost: PostgreSQL, RabbitMQ, every service, gateway, web) driven by a real
/// chromium through the gateway, as a reporter and a case worker would. The reporter's browser runs
/// with JavaScript disabled: the site must work without it.
/// </summary>
public sealed partial class BrowserJourneyTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Reporter_without_javascript_reports_follows_and_reads_the_staff_answer()
    {
        await using var reporter = await browsers.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = system.GatewayUrl });
        var page = await reporter.NewPageAsync();

        // Landing page → report form.
        await page.GotoAsync($"/{Tenant}");
        await Screenshot(page, "01-landing");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buat laporan" }).First.ClickAsync();
        Assert.EndsWith($"/{Tenant}/lapor", page.Url);

        await BrowserPages.FillReportFormAsync(page, Tenant, "Pungutan liar di loket pelayanan KTP",
            "Petugas loket meminta uang tambahan Rp50.000 agar KTP elektronik selesai dalam sehari.");
        await page.Locator("#where").FillAsync("Loket pelayanan Disdukcapil, lantai 1");
        await page.Locator("#when").FillAsync("Setiap Senin pagi sejak Januari 2026");

        // Evidence: its own upload step, no JavaScript; the typed text survives the round trip.
        var marker = $"catatan-{Guid.NewGuid():N}";
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "catatan.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes($"Catatan kejadian {marker}\nSenin, 2 Maret 2026\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah berkas" }).ClickAsync();
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("catatan.txt");
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("Terunggah");
        Assert.Equal("Pungutan liar di loket pelayanan KTP", await page.Locator("#title").InputValueAsync());
        await Screenshot(page, "02-report-form-with-evidence");

        // Switching language keeps everything typed and uploaded (without JavaScript, the switch posts the form).
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Review the report" })).ToBeVisibleAsync();
        Assert.Equal("Pungutan liar di loket pelayanan KTP", await page.Locator("#title").InputValueAsync());
        Assert.Equal("Loket pelayanan Disdukcapil, lantai 1", await page.Locator("#where").InputValueAsync());
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("catatan.txt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        Assert.Equal("Setiap Senin pagi sejak Januari 2026", await page.Locator("#when").InputValueAsync());

        // The review step shows the whole report and its evidence before anything is sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa laporan" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.review")).ToContainTextAsync("Loket pelayanan Disdukcapil, lantai 1");
        await Assertions.Expect(page.Locator("section.review")).ToContainTextAsync("catatan.txt");
        await Screenshot(page, "02b-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();
        Assert.True(page.Url.EndsWith($"/{Tenant}/lapor/terkirim", StringComparison.Ordinal), await page.Locator("main").InnerTextAsync());
        var code = (await page.GetByTestId("complaint-code").InnerTextAsync()).Trim();
        var trackingNumber = (await page.GetByTestId("tracking-number").InnerTextAsync()).Trim();
        Assert.Matches(CodePattern(), code);
        Assert.Matches(TrackingPattern(), trackingNumber);
        await Assertions.Expect(page.Locator(".warning")).ToContainTextAsync("satu kali");
        await Screenshot(page, "03-code-shown-once");
        // Switching language shows the same code in English (it cannot be shown later); back in Indonesian it is still there.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByTestId("complaint-code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.Locator(".warning")).ToContainTextAsync("shown only once");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("complaint-code")).ToHaveTextAsync(code);

        // Shown once: a reload no longer shows the code.
        await page.ReloadAsync();
        Assert.DoesNotContain(code, await page.ContentAsync());

        // "Cek status" with the code; the case opens asynchronously, so the reporter may have to try again.
        await Eventually.LikeAPersonAsync(async () =>
        {
            await page.GotoAsync($"/{Tenant}/cek");
            await page.Locator("#complaintCode").FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lihat laporan" }).ClickAsync();
            if (!page.Url.EndsWith($"/laporan/{trackingNumber}", StringComparison.Ordinal))
            {
                return false;
            }
            var html = await page.ContentAsync();
            return html.Contains("Diterima") && html.Contains("Terima kasih atas keberanian Anda melapor") && html.Contains("catatan.txt");
        }, "the reporter's code session and the opened case");
        await Assertions.Expect(page.GetByTestId("report-status")).ToContainTextAsync("Diterima");
        await Screenshot(page, "04-report-detail-received");
        var session = Assert.Single(await reporter.CookiesAsync(), c => c.Name == "wbs_reporter");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.Equal($"/{Tenant}", session.Path);
        Assert.DoesNotContain(code.Replace("-", ""), session.Value.Replace("-", ""), StringComparison.OrdinalIgnoreCase);
        var detail = await page.GotoAsync($"/{Tenant}/laporan/{trackingNumber}");
        Assert.Contains("no-store", (await detail!.AllHeadersAsync())["cache-control"]);

        // A case worker answers and moves the case on (own browser, JavaScript on).
        await StaffAnswersAsync(trackingNumber, "Terima kasih. Mohon sebutkan nama loket bila Anda ingat.");

        // The reporter sees the message and the new status.
        await Eventually.LikeAPersonAsync(async () =>
        {
            await page.ReloadAsync();
            var html = await page.ContentAsync();
            return html.Contains("Mohon sebutkan nama loket") && html.Contains("Sedang diverifikasi");
        }, "the staff message and status for the reporter");
        await Assertions.Expect(page.GetByTestId("report-status")).ToContainTextAsync("Sedang diverifikasi");

        // The reporter replies without JavaScript; POST-redirect-GET lands back on the report.
        await page.Locator("#body").FillAsync("Loket nomor 3, petugas berseragam batik.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan" }).ClickAsync();
        Assert.EndsWith($"/laporan/{trackingNumber}", page.Url);
        await Assertions.Expect(page.Locator(".messages")).ToContainTextAsync("Loket nomor 3");
        await Screenshot(page, "05-report-detail-answered");

        // Sign-out clears the session cookie.
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        Assert.DoesNotContain(await reporter.CookiesAsync(), c => c.Name == "wbs_reporter");
    }

    private async Task StaffAnswersAsync(string trackingNumber, string message)
    {
        await using var staffContext = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl });
        var page = await staffContext.NewPageAsync();
        var staff = system.Credentials.For(Tenant, "verifier");

        // The link of the staff e-mail: not signed in yet, so the login comes first and returns here.
        await page.GotoAsync($"/{Tenant}/staff/cases/{trackingNumber}");
        Assert.Contains("/staff/login", page.Url);
        await Screenshot(page, "10-staff-login");
        await BrowserPages.StaffSignInAsync(page, staff);
        Assert.EndsWith($"/{Tenant}/staff/cases/{trackingNumber}", page.Url);
        await Assertions.Expect(page.GetByTestId("case-status")).ToContainTextAsync("Diterima");
        await Assertions.Expect(page.Locator(".report-content")).ToContainTextAsync("Rp50.000");
        await Screenshot(page, "11-staff-case");

        await page.Locator("#body").FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Pesan terkirim");

        await page.Locator("input[name=to][value=in_verification]").CheckAsync();
        await page.Locator("#internalNote").FillAsync("Cek jadwal piket loket 3.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-status")).ToContainTextAsync("Sedang diverifikasi");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("Cek jadwal piket loket 3.");

        // The inbox lists the case with its SLA.
        await page.GotoAsync($"/{Tenant}/staff/cases");
        await Assertions.Expect(page.Locator("table.cases")).ToContainTextAsync(trackingNumber);
        await Screenshot(page, "12-staff-inbox");
    }

    private static Task Screenshot(IPage page, string name) => BrowserPages.Screenshot(page, name);

    [GeneratedRegex(@"^[A-Z0-9]{4}(-[A-Z0-9]{2,4}){4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^WBS-\d{4}-\d{6}$")]
    private static partial Regex TrackingPattern();
}
