using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>The staff console's own pages pass axe at WCAG 2.1 AA with zero violations, on a desktop and a 360 px phone, and never scroll sideways.</summary>
public sealed class StaffConsoleAccessibilityTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "komdigi";

    private static readonly string[] ConsolePages =
        ["cases", "laporan-masuk", "statistics", "audit", "users", "pengungkapan", "password", "cases?lang=en"];

    [Fact]
    public async Task Console_pages_pass_axe_wcag21_aa_on_desktop_and_phone()
    {
        var failures = new List<string>();
        var admin = system.Credentials.For(Tenant, "admin");
        foreach (var (width, height) in new[] { (1280, 900), (360, 740) })
        {
            await using var context = await browsers.Browser.NewContextAsync(new()
            {
                BaseURL = system.GatewayUrl, BypassCSP = true, ViewportSize = new() { Width = width, Height = height },
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"/{Tenant}/staff/login");
            failures.AddRange((await BrowserPages.AxeViolationsAsync(page)).Select(v => $"{width}px {v}"));
            await BrowserPages.StaffSignInAsync(page, admin);
            await page.WaitForURLAsync($"**/{Tenant}/staff/cases");
            foreach (var path in ConsolePages)
            {
                await page.GotoAsync($"/{Tenant}/staff/{path}");
                Assert.DoesNotContain("/staff/login", page.Url);
                failures.AddRange((await BrowserPages.AxeViolationsAsync(page)).Select(v => $"{width}px {v}"));
                if (await BrowserPages.ScrollsSidewaysAsync(page))
                {
                    failures.Add($"{width}px /staff/{path} scrolls sideways");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
