using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// Account-first (komdigi): a reporter registers on /daftar, links a report by its code, changes
/// the account password; a code session has no password page.
/// </summary>
public sealed class AccountFirstTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "komdigi";

    [Fact]
    public async Task Reporter_registers_links_a_report_by_code_and_changes_the_password()
    {
        await using var context = await browsers.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = system.GatewayUrl });
        var page = await context.NewPageAsync();
        var username = $"samaran.{Guid.NewGuid():N}"[..20];
        const string password = "Gunung-Slamet-berkabut-9";
        const string newPassword = "Dieng-dingin-sekali-pagi-4";

        await page.GotoAsync($"/{Tenant}/daftar");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).Last.ClickAsync();
        Assert.EndsWith($"/{Tenant}/laporan", page.Url);
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync($"Akun {username} dibuat");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Belum ada laporan");

        // A report made earlier with only a code joins the account.
        var report = await new SystemApi(system).SubmitAsync(Tenant, "Pengadaan perangkat tanpa lelang");
        await Eventually.LikeAPersonAsync(async () =>
        {
            await page.Locator("#complaintCode").FillAsync(report.ComplaintCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "Hubungkan" }).ClickAsync();
            return await page.Locator(".flash").CountAsync() > 0;
        }, "the report to be linked");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Laporan terhubung");
        await Eventually.LikeAPersonAsync(async () =>
        {
            await page.ReloadAsync();
            return (await page.ContentAsync()).Contains(report.TrackingNumber);
        }, "the linked report in the list");

        // Password change: the wrong current password is refused, then the change signs in from now on.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ganti kata sandi akun" }).ClickAsync();
        Assert.EndsWith($"/{Tenant}/akun/sandi", page.Url);
        await page.Locator("#currentPassword").FillAsync("bukan-kata-sandi-ini");
        await page.Locator("#newPassword").FillAsync(newPassword);
        await page.Locator("#confirmPassword").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Assertions.Expect(page.Locator("#currentPassword-error")).ToContainTextAsync("tidak cocok");
        await BrowserPages.Screenshot(page, "08-account-password-refused");
        await page.Locator("#currentPassword").FillAsync(password);
        await page.Locator("#newPassword").FillAsync(newPassword);
        await page.Locator("#confirmPassword").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        Assert.EndsWith($"/{Tenant}/laporan", page.Url);
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Kata sandi akun diganti");

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.GotoAsync($"/{Tenant}/masuk");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).Last.ClickAsync();
        Assert.EndsWith($"/{Tenant}/masuk", page.Url);
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.Locator("#password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).Last.ClickAsync();
        Assert.EndsWith($"/{Tenant}/laporan", page.Url);
        await Assertions.Expect(page.Locator("table.data")).ToContainTextAsync(report.TrackingNumber);
    }

    [Fact]
    public async Task Code_session_has_no_password_page()
    {
        var report = await new SystemApi(system).SubmitAsync(Tenant, "Uji sesi kode tanpa kata sandi");
        using var portal = new Portal(system);
        await Eventually.LikeAPersonAsync(async () =>
            (await portal.SubmitAsync($"/{Tenant}/cek", new Dictionary<string, string> { ["complaintCode"] = report.ComplaintCode })).Status == HttpStatusCode.SeeOther,
            "the code session");

        var page = await portal.GetAsync($"/{Tenant}/akun/sandi");

        Assert.Equal(HttpStatusCode.SeeOther, page.Status);
        Assert.Equal($"/{Tenant}/laporan", page.Location);
        Assert.Contains("hanya ada pada akun", WebUtility.HtmlDecode((await portal.GetAsync(page.Location!)).Html));
    }
}
