using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
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
    private ServiceStubs _stubs = null!;
    private ServiceFactory<Program> _web = null!;
    private string _address = "";

    public async ValueTask InitializeAsync()
    {
        _stubs = await ServiceStubs.StartAsync();
        var stub = _stubs.BaseAddress.ToString();
        _web = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["services:intake:http:0"] = stub,
            ["services:evidencestorage:http:0"] = stub,
            ["services:identity:http:0"] = stub,
            ["Abuse:ProofOfWork:Mode"] = "Always",
            ["Abuse:ProofOfWork:BaseDifficulty"] = RaisedDifficulty.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Abuse:Web:Delay"] = "01:00:00",
        });
        _web.UseKestrel(0);
        _web.StartServer();
        _address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");
    }

    public async ValueTask DisposeAsync()
    {
        await _web.DisposeAsync();
        await _stubs.DisposeAsync();
    }

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

        Assert.Equal("catatan.txt", Assert.Single(_stubs.Uploads).FileName);
        Assert.Contains("Pungutan liar di loket pelayanan KTP", Assert.Single(_stubs.Submissions).Body);
    }
}
