using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>One headless Debian chromium for the test assembly (never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder => Path.Combine(AppHostFixture.FindRepositoryRoot(), ".wbs", "screenshots");

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        // Expectations wait as long as a loaded CI machine may need (a proof of work at a raised difficulty took over 5 s there).
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
