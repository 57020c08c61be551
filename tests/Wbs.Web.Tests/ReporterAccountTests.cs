using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// Code-first (banjarnegara): a reporter without JavaScript reports, creates an account from the
/// result page with the code, then follows the report's notifications and marks one read.
/// </summary>
public sealed partial class ReporterAccountTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Code_first_reporter_creates_an_account_on_the_result_page_and_marks_a_notification_read()
    {
        await using var context = await browsers.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = system.GatewayUrl });
        var page = await context.NewPageAsync();
        await BrowserPages.FillReportFormAsync(page, Tenant, "Pemotongan honor kegiatan desa",
            "Bendahara memotong honor peserta kegiatan sebesar sepuluh persen tanpa dasar.");
        await BrowserPages.SendReportAsync(page);
        var trackingNumber = (await page.GetByTestId("tracking-number").InnerTextAsync()).Trim();

        // The account form on the result page carries the code. Identity learns of the report from
        // the broker, so a very quick reporter may be asked to try again.
        var username = $"pelapor.{Guid.NewGuid():N}"[..20];
        const string password = "Kopi-tubruk-pagi-hari-7";
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await Eventually.LikeAPersonAsync(async () =>
        {
            if (page.Url.EndsWith($"/{Tenant}/laporan", StringComparison.Ordinal))
            {
                return true;
            }
            await page.Locator("#password").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).Last.ClickAsync();
            return false;
        }, "the account with the code");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("terhubung dengan 1 laporan");

        // The report and its acknowledgement arrive through the broker.
        await Eventually.LikeAPersonAsync(async () =>
        {
            await page.ReloadAsync();
            var html = await page.ContentAsync();
            return html.Contains(trackingNumber) && html.Contains("belum dibaca");
        }, "the report and an unread notification");
        var before = await UnreadAsync(page);
        var first = page.Locator(".notifications li.unread").First;
        var id = await first.GetAttributeAsync("data-notification");
        await BrowserPages.Screenshot(page, "06-reporter-account-notifications");

        await first.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah dibaca" }).ClickAsync();

        Assert.EndsWith($"/{Tenant}/laporan", page.Url);
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("ditandai sudah dibaca");
        await Assertions.Expect(page.Locator($".notifications li[data-notification='{id}']")).ToHaveClassAsync("read");
        Assert.Equal(before - 1, await UnreadAsync(page));
        await BrowserPages.Screenshot(page, "07-reporter-notification-read");
    }

    private static async Task<int> UnreadAsync(IPage page)
    {
        var text = await page.GetByTestId("unread-count").InnerTextAsync();
        return UnreadPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
    }

    [GeneratedRegex(@"(\d+) belum dibaca")]
    private static partial Regex UnreadPattern();
}
