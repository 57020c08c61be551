using System.Text.Json;
using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>What the browser tests share: screenshots for people to look at, and the staff sign-in form.</summary>
public static class BrowserPages
{
    public static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });

    /// <summary>
    /// Fills the staff sign-in form (the page must show it) with a TOTP code no other test spends. With the staff's own
    /// password it returns once the browser has left the login page (the click alone returns before the answer loads);
    /// with another <paramref name="password"/> right after the click, for the caller to check the refusal.
    /// </summary>
    public static async Task StaffSignInAsync(IPage page, DevStaff staff, string? password = null)
    {
        using var held = await TotpSteps.HoldAsync(staff.Tenant, staff.Username);
        await page.Locator("#username").FillAsync(staff.Username);
        await page.Locator("#password").FillAsync(password ?? staff.Password);
        await page.Locator("#totp").FillAsync(await TotpSteps.NextCodeAsync(staff));
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        if (password is null)
        {
            await page.WaitForURLAsync(url => !url.Contains("/staff/login", StringComparison.Ordinal));
        }
    }

    /// <summary>Signs in at "Cek status" with the complaint code; false while the report's case has not opened yet.</summary>
    public static async Task<bool> SignInWithCodeAsync(IPage page, string tenant, string code, string trackingNumber)
    {
        await page.GotoAsync($"/{tenant}/cek");
        await page.Locator("#complaintCode").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lihat laporan" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync($"**/laporan/{trackingNumber}", new() { Timeout = 15_000 });
            // Signed in before the case has opened, the report page is "not found": try again once it is there.
            await page.Locator("#body").WaitForAsync(new() { Timeout = 5_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Sends the filled report form through its review step ("Periksa laporan", then "Kirim laporan").</summary>
    public static async Task SendReportAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa laporan" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.review")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();
    }

    /// <summary>Opens the tenant's report form and fills the required parts (external reporter, first category, title, what).</summary>
    public static async Task FillReportFormAsync(IPage page, string tenant, string title, string what)
    {
        await page.GotoAsync($"/{tenant}/lapor");
        await page.GetByLabel("Masyarakat umum (eksternal)").CheckAsync();
        await page.Locator("#category").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#what").FillAsync(what);
    }

    /// <summary>
    /// axe-core's WCAG 2.1 AA violations on the page as it stands, one line each ("rule: targets");
    /// the browser context must bypass CSP so that the test can inject the vendored axe.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = await Axe.Value });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });"
            + " return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        return [.. result.EnumerateArray().Select(v => $"{new Uri(page.Url).AbsolutePath} {v.GetString()}")];
    }

    /// <summary>True when the page is wider than the window: on a phone, a page that scrolls sideways.</summary>
    public static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    private static readonly Lazy<Task<string>> Axe = new(() => File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));
}
