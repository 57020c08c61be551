using System.Text;
using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// <c>pow.js</c> in a real chromium with JavaScript on: the web app asks a proof of work on every
/// anonymous form post at a raised difficulty, and its no-JavaScript delay ticket never becomes good
/// here, so the evidence upload and the report reach the services only because the browser solved
/// each challenge while the reporter typed.
/// </summary>
public sealed class ProofInBrowserTests(BrowserFixture browsers) : IAsyncLifetime
{
    private const int RaisedDifficulty = 16;
    private StubbedWeb _web = null!;
    private string _address = "";

    private ServiceStubs Stubs => _web.Stubs;

    public async ValueTask InitializeAsync()
    {
        _web = await StubbedWeb.StartAsync(new()
        {
            ["Abuse:ProofOfWork:Mode"] = "Always",
            ["Abuse:ProofOfWork:BaseDifficulty"] = RaisedDifficulty.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Abuse:Web:Delay"] = "01:00:00",
        }, kestrel: true);
        _address = _web.Address!.ToString();
    }

    public ValueTask DisposeAsync() => _web.DisposeAsync();

    [Fact]
    public async Task With_javascript_the_browser_solves_the_upload_and_the_report_challenges_and_the_report_is_sent()
    {
        await using var reporter = await browsers.Browser.NewContextAsync(new() { JavaScriptEnabled = true, BaseURL = _address });
        var page = await reporter.NewPageAsync();
        page.SetDefaultTimeout(60_000);

        await BrowserPages.FillReportFormAsync(page, "banjarnegara", "Pungutan liar di loket pelayanan KTP",
            "Petugas loket meminta uang tambahan agar KTP elektronik selesai dalam sehari.");
        Assert.Equal(RaisedDifficulty.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await page.Locator("input[name=powChallenge]").First.GetAttributeAsync("data-difficulty"));
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "catatan.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("Catatan kejadian, Senin 2 Maret 2026\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah berkas" }).ClickAsync();
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("catatan.txt");
        Assert.Equal("Pungutan liar di loket pelayanan KTP", await page.Locator("#title").InputValueAsync());

        await BrowserPages.SendReportAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/banjarnegara/lapor/terkirim$"));

        Assert.Equal("catatan.txt", Assert.Single(Stubs.Uploads).FileName);
        Assert.Contains("Pungutan liar di loket pelayanan KTP", Assert.Single(Stubs.Submissions).Body);
    }
}
