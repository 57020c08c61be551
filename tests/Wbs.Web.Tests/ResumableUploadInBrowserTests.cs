using System.Text;
using Microsoft.Playwright;

namespace Wbs.Web.Tests;

/// <summary>
/// <c>resumable-upload.js</c> in a real chromium against the whole system through the gateway: with
/// JavaScript on, "Unggah berkas" sends the file in tus pieces with a progress bar. The first piece's
/// connection drops (the browser aborts it); the page asks EvidenceStorage how far it got and carries
/// on by itself, what was typed stays, and the report goes out with the file attached.
/// </summary>
public sealed class ResumableUploadInBrowserTests(AppHostFixture system, BrowserFixture browsers)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task A_refused_file_is_explained_in_the_readers_language_only()
    {
        await using var context = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl });
        var page = await context.NewPageAsync();
        var zip = new FilePayload { Name = "lampiran.zip", MimeType = "application/zip", Buffer = TestFiles.Zip() };
        var error = page.Locator("#file-upload-error");

        // EvidenceStorage refuses a ZIP archive with one text in both languages; the page shows the reader's half.
        await page.GotoAsync($"/{Tenant}/lapor?lang=en");
        await page.Locator("#file").SetInputFilesAsync(zip);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload file" }).ClickAsync();
        await Assertions.Expect(error).ToContainTextAsync("lampiran.zip: ZIP archives are not accepted");
        await Assertions.Expect(error).Not.ToContainTextAsync("Arsip ZIP");

        await page.GotoAsync($"/{Tenant}/lapor?lang=id");
        await page.Locator("#file").SetInputFilesAsync(zip);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah berkas" }).ClickAsync();
        await Assertions.Expect(error).ToContainTextAsync("lampiran.zip: Arsip ZIP tidak diterima");
        await Assertions.Expect(error).Not.ToContainTextAsync("ZIP archives");
    }

    [Fact]
    public async Task A_dropped_connection_resumes_the_upload_by_itself_and_the_report_carries_the_file()
    {
        await using var context = await browsers.Browser.NewContextAsync(new() { BaseURL = system.GatewayUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var methods = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/evidence/uploads", StringComparison.Ordinal))
            {
                lock (methods) { methods.Add(request.Method); }
            }
        };
        var dropped = 0;
        await page.RouteAsync("**/evidence/uploads/*", async route =>
        {
            if (route.Request.Method == "PATCH" && Interlocked.Exchange(ref dropped, 1) == 0)
            {
                await route.AbortAsync("connectionreset");
                return;
            }
            await route.ContinueAsync();
        });

        await BrowserPages.FillReportFormAsync(page, Tenant, "Rekaman pungutan di loket",
            "Petugas loket meminta uang tambahan agar berkas cepat selesai diproses.");
        // Larger than one piece (8 MiB), so the upload takes more than one PATCH after the drop.
        var marker = $"catatan-{Guid.NewGuid():N}";
        var line = Encoding.UTF8.GetBytes($"Catatan kejadian {marker}, Senin 2 Maret 2026\n");
        var bytes = new byte[10 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i += line.Length)
        {
            line.AsSpan(0, Math.Min(line.Length, bytes.Length - i)).CopyTo(bytes.AsSpan(i));
        }
        bytes[^1] = (byte)'\n';
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "catatan-panjang.txt", MimeType = "text/plain", Buffer = bytes });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah berkas" }).ClickAsync();

        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Terunggah: catatan-panjang.txt.", new() { Timeout = 120_000 });
        Assert.Equal(100, await page.Locator("#upload-bar").EvaluateAsync<double>("bar => bar.value"));
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("catatan-panjang.txt");
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("Terunggah");
        Assert.Equal("", await page.Locator("#file").InputValueAsync());
        Assert.Equal("Rekaman pungutan di loket", await page.Locator("#title").InputValueAsync());
        lock (methods)
        {
            // Created once, dropped, asked how far it got, then the rest in pieces.
            Assert.Equal(1, methods.Count(m => m == "POST"));
            Assert.Contains("HEAD", methods);
            Assert.True(methods.Count(m => m == "PATCH") >= 3, string.Join(", ", methods));
        }

        await BrowserPages.SendReportAsync(page);
        await page.WaitForURLAsync($"**/{Tenant}/lapor/terkirim");
        var report = new SystemApi.Submitted((await page.GetByTestId("tracking-number").InnerTextAsync()).Trim(),
            (await page.GetByTestId("complaint-code").InnerTextAsync()).Trim());
        var api = new SystemApi(system);
        // The case may open before EvidenceStorage's attach event reaches it: the list is awaited, then checked whole.
        var listed = await Eventually.GetAsync(async () =>
            (await api.ReporterViewAsync(Tenant, report)).GetProperty("evidence").EnumerateArray().ToList() is { Count: > 0 } items ? items : null,
            TimeSpan.FromSeconds(60), "the uploaded file on the report");
        var evidence = Assert.Single(listed);
        Assert.Equal("catatan-panjang.txt", evidence.GetProperty("fileName").GetString());
        Assert.Equal(bytes.Length, evidence.GetProperty("size").GetInt64());

        // Later evidence on the report's page goes the same way, then the form attaches it.
        Assert.True(await BrowserPages.SignInWithCodeAsync(page, Tenant, report.ComplaintCode, report.TrackingNumber), "signing in with the code");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "susulan.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("Susulan: kejadian terulang Selasa lalu.\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah bukti" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Bukti susulan.txt ditambahkan");
        lock (methods)
        {
            Assert.Equal(2, methods.Count(m => m == "POST"));
        }
        // The case lists the file once CaseManagement has had EvidenceStorage's event.
        await Eventually.LikeAPersonAsync(async () => (await api.ReporterViewAsync(Tenant, report)).GetProperty("evidence").EnumerateArray()
            .Any(e => e.GetProperty("fileName").GetString() == "susulan.txt"), "the later evidence on the report");
    }
}
