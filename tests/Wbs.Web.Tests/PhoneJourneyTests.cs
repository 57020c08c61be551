using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// A reporter's whole journey on a 390 px phone with JavaScript on (report, review, code page with its
/// print button, following the report, a message): every page passes axe at WCAG 2.1 AA, signed-in
/// pages included, and none scrolls sideways. A message being typed when the session ends is kept
/// and comes back on the report after signing in again, unsent.
/// </summary>
public sealed class PhoneJourneyTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Reporter_on_a_390px_phone_reports_follows_and_keeps_a_message_typed_when_the_session_ended()
    {
        await using var context = await browsers.Browser.NewContextAsync(new()
        {
            BaseURL = system.GatewayUrl, BypassCSP = true, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        await BrowserPages.FillReportFormAsync(page, Tenant, "Uji perjalanan di ponsel", "Petugas meminta imbalan untuk mempercepat surat keterangan.");
        await CheckAsync(page, failures);
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa laporan" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.review")).ToContainTextAsync("Uji perjalanan di ponsel");
        await CheckAsync(page, failures);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Tenant}/lapor/terkirim");
        var code = (await page.GetByTestId("complaint-code").InnerTextAsync()).Trim();
        var trackingNumber = (await page.GetByTestId("tracking-number").InnerTextAsync()).Trim();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cetak kode dan nomor registrasi" })).ToBeVisibleAsync();
        await CheckAsync(page, failures);
        await BrowserPages.Screenshot(page, "40-phone-code-page");

        await Eventually.LikeAPersonAsync(async () => await BrowserPages.SignInWithCodeAsync(page, Tenant, code, trackingNumber), "the reporter's code session and the opened case");
        await CheckAsync(page, failures);

        // The session ends while a message is being typed: the message waits for the reporter.
        var message = $"Tambahan: kejadian terulang Selasa lalu ({Guid.NewGuid():N})";
        await page.Locator("#body").FillAsync(message);
        await context.ClearCookiesAsync(new() { Name = "wbs_reporter" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Tenant}/cek");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Pesan Anda belum hilang");
        await CheckAsync(page, failures);

        Assert.True(await BrowserPages.SignInWithCodeAsync(page, Tenant, code, trackingNumber), "signing in again with the code");
        await Assertions.Expect(page.GetByTestId("draft-restored")).ToBeVisibleAsync();
        Assert.Equal(message, await page.Locator("#body").InputValueAsync());
        Assert.Equal(0, await page.Locator(".messages", new() { HasText = message }).CountAsync());
        await BrowserPages.Screenshot(page, "41-phone-draft-restored");

        // Sent now, once; a reload does not bring the draft back.
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".messages")).ToContainTextAsync(message);
        await page.ReloadAsync();
        Assert.Equal("", await page.Locator("#body").InputValueAsync());
        await CheckAsync(page, failures);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task CheckAsync(IPage page, List<string> failures)
    {
        failures.AddRange(await BrowserPages.AxeViolationsAsync(page));
        if (await BrowserPages.ScrollsSidewaysAsync(page))
        {
            failures.Add($"{new Uri(page.Url).AbsolutePath} scrolls sideways at 390 px");
        }
    }
}
