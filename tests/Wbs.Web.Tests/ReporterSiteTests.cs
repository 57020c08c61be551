using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// The public sites as issue 13 asks: each seed's sections, one language at a time with a switch
/// that needs no JavaScript, Enter never sending a report, no sideways scrolling on a phone and
/// axe-core's WCAG 2.1 AA rules with zero violations, against the whole running system.
/// </summary>
public sealed class ReporterSiteTests(AppHostFixture system, BrowserFixture browsers)
{
    private static readonly string[] PublicPages =
        ["/", "/banjarnegara", "/komdigi", "/banjarnegara/lapor", "/banjarnegara/cek", "/komdigi/masuk", "/komdigi/daftar",
         "/banjarnegara/tutorial", "/banjarnegara/verifikasi", "/komdigi?lang=en"];

    [Fact]
    public async Task Seed_sites_show_their_own_sections()
    {
        using var portal = new Portal(system);

        var banjarnegara = WebUtility.HtmlDecode((await portal.GetAsync("/banjarnegara")).Html);
        Assert.Contains("data-testid=\"flow-short\"", banjarnegara);
        Assert.Contains("data-testid=\"flow-detail\"", banjarnegara);
        Assert.Contains("Alur pengaduan", banjarnegara);
        Assert.Contains("Simpan kode pengaduan", banjarnegara);
        Assert.Contains("siapa yang boleh melapor", banjarnegara);
        Assert.Contains("Bagaimana identitas saya dilindungi?", banjarnegara);
        Assert.Contains("href=\"/banjarnegara/tutorial\"", banjarnegara);
        Assert.Contains("href=\"/banjarnegara/theme.css\"", banjarnegara);
        Assert.DoesNotContain("data-testid=\"service-cards\"", banjarnegara);

        var komdigi = WebUtility.HtmlDecode((await portal.GetAsync("/komdigi")).Html);
        Assert.Contains("data-testid=\"service-cards\"", komdigi);
        foreach (var card in new[] { "Mudah digunakan", "Kerahasiaan data pribadi", "Keamanan informasi aduan", "Membantu pemerintah" })
        {
            Assert.Contains(card, komdigi);
        }
        Assert.Contains("Cara membuat laporan", komdigi);
        Assert.Matches("(?s)Buat akun.*Masuk.*Buat laporan.*Respon", komdigi[komdigi.IndexOf("data-testid=\"report-steps\"", StringComparison.Ordinal)..]);
        Assert.Contains("Apa itu aplikasi WBS Komdigi?", komdigi);
        Assert.Contains("Bagaimana melihat riwayat dan tanggapan laporan?", komdigi);
        // Account first: registering is the first, primary action.
        Assert.Matches("<nav class=\"cta\"[^>]*>\\s*<a class=\"button primary\" href=\"/komdigi/daftar\"", komdigi);

        // The tenants look different.
        var greenTheme = (await portal.GetAsync("/banjarnegara/theme.css")).Html;
        var blueTheme = (await portal.GetAsync("/komdigi/theme.css")).Html;
        Assert.Contains("--accent: #0b5d3b", greenTheme);
        Assert.Contains("--accent: #1d4f91", blueTheme);

        var tutorial = WebUtility.HtmlDecode((await portal.GetAsync("/banjarnegara/tutorial")).Html);
        Assert.Contains("data-testid=\"tutorial-steps\"", tutorial);
        Assert.Contains("Periksa lalu kirim", tutorial);
    }

    [Fact]
    public async Task Language_switch_works_without_javascript_and_is_remembered()
    {
        using var portal = new Portal(system);

        var indonesian = (await portal.GetAsync("/banjarnegara")).Html;
        Assert.Contains("<html lang=\"id\">", indonesian);
        Assert.Contains("Buat laporan", indonesian);
        Assert.DoesNotContain("Make a report", indonesian);
        Assert.Contains("href=\"/banjarnegara?lang=en\"", indonesian);

        var english = WebUtility.HtmlDecode((await portal.GetAsync("/banjarnegara?lang=en")).Html);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Make a report", english);
        Assert.Contains("How a report is handled", english);
        Assert.DoesNotContain(">Buat laporan<", english);
        // Tenant texts without an English twin keep their own lang.
        Assert.Contains("<h1 lang=\"id\">Inspektorat Kabupaten Banjarnegara</h1>", english);

        // The cookie carries the choice to the next page, a form included.
        var form = WebUtility.HtmlDecode((await portal.GetAsync("/banjarnegara/lapor")).Html);
        Assert.Contains("<html lang=\"en\">", form);
        Assert.Contains("Review the report", form);
        Assert.Contains("Member of the public (external)", form);
        Assert.DoesNotContain("Masyarakat umum", form);

        var back = (await portal.GetAsync("/banjarnegara/lapor?lang=id")).Html;
        Assert.Contains("<html lang=\"id\">", back);
        Assert.Contains("Periksa laporan", back);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Enter_in_a_single_line_field_never_sends_the_report(bool javaScript)
    {
        await using var context = await browsers.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, BaseURL = system.GatewayUrl });
        var page = await context.NewPageAsync();
        await BrowserPages.FillReportFormAsync(page, "banjarnegara", "Uji tombol Enter", "Petugas meminta imbalan untuk mempercepat surat keterangan.");

        await page.Locator("#title").PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.EndsWith("/banjarnegara/lapor", page.Url);
        Assert.DoesNotContain("data-testid=\"complaint-code\"", await page.ContentAsync());
        if (javaScript)
        {
            // With JavaScript Enter does nothing at all: the form is still being filled in.
            Assert.Equal("Uji tombol Enter", await page.Locator("#title").InputValueAsync());
        }
        else
        {
            // Without it Enter presses the first button, "review": the report is shown, not sent.
            await Assertions.Expect(page.Locator("section.review")).ToContainTextAsync("Uji tombol Enter");
        }
    }

    [Fact]
    public async Task Main_pages_pass_axe_wcag21_aa_and_never_scroll_sideways_on_a_phone()
    {
        var failures = new List<string>();
        foreach (var (width, height) in new[] { (1280, 900), (360, 740) })
        {
            // BypassCSP lets the test inject axe; the pages themselves run under their CSP.
            await using var context = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl, BypassCSP = true, ViewportSize = new() { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            foreach (var path in PublicPages)
            {
                await page.GotoAsync(path);
                failures.AddRange((await BrowserPages.AxeViolationsAsync(page)).Select(v => $"{width}px {v}"));
                var sideways = await BrowserPages.ScrollsSidewaysAsync(page);
                if (sideways)
                {
                    failures.Add($"{width}px {path} scrolls sideways");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
