namespace Wbs.Web.Tests;

/// <summary>
/// The ops screen: the Aspire dashboard holds the metrics of every service. Its HTTP API serves only
/// spans and logs, so the metrics page is read as the ops team reads it, in the browser.
/// </summary>
public sealed class DashboardMetricsTests(AppHostFixture system, BrowserFixture browsers)
{
    private static readonly string[] Services = ["gateway", "web", "intake", "identity", "casemanagement", "evidencestorage", "notification"];

    [Fact]
    public async Task The_dashboard_shows_http_server_and_runtime_metrics_of_every_service()
    {
        await using var ops = await browsers.Browser.NewContextAsync(new() { BaseURL = system.Credentials.Dashboard });
        var page = await ops.NewPageAsync();
        await page.GotoAsync($"/login?t={system.Credentials.DashboardToken}");

        foreach (var service in Services)
        {
            // Exporters push every few seconds; the page lists the instruments that have arrived when it opens.
            await Eventually.LikeAPersonAsync(async () =>
            {
                await page.GotoAsync($"/metrics/resource/{service}");
                var runtime = page.Locator("fluent-tree-item[title='dotnet.gc.collections']");
                await runtime.First.WaitForAsync(new() { Timeout = 5_000 }).ContinueWith(_ => { });
                return await runtime.CountAsync() > 0
                    && await page.Locator("[id='metric-meter-Microsoft.AspNetCore.Hosting']").CountAsync() > 0;
            }, $"HTTP server and runtime metrics of {service} on the dashboard");
        }
    }
}
