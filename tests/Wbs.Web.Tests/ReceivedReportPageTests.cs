using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wbs.Web.Tests;

/// <summary>
/// A report received by letter: a verifier enters it in the console with the letter's scan, prints the
/// slip, and the reporter follows it with the code; the scan is the case's evidence.
/// </summary>
public sealed partial class ReceivedReportPageTests(AppHostFixture system)
{
    private const string Tenant = "banjarnegara";

    [Fact]
    public async Task Verifier_enters_a_letter_with_its_scan_and_the_code_on_the_slip_signs_the_reporter_in_to_that_report()
    {
        var ct = TestContext.Current.CancellationToken;
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(system.Credentials.For(Tenant, "verifier"))).Status);
        var form = await portal.GetAsync($"/{Tenant}/staff/laporan-masuk");
        Assert.Contains("Catat laporan masuk", form.Html);

        var posted = await portal.SubmitMultipartAsync($"/{Tenant}/staff/laporan-masuk", new Dictionary<string, string>
        {
            ["Channel"] = "letter", ["ReceivedOn"] = DateTimeOffset.UtcNow.AddHours(7).AddDays(-2).ToString("yyyy-MM-dd"),
            ["ReporterType"] = "external", ["Category"] = "korupsi", ["Title"] = "Surat: potongan dana desa",
            ["What"] = "Surat warga: dana desa dipotong oleh oknum perangkat desa setiap pencairan.", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        }, ("scans", "pindaian-surat.txt", "text/plain", "Isi surat warga tentang potongan dana desa.\n"u8.ToArray()));
        Assert.True(posted.Status == HttpStatusCode.SeeOther, posted.Html);
        var slip = await portal.GetAsync(posted.Location!);
        var trackingNumber = Field().Match(slip.Html) is { Success: true } t ? t.Groups["tn"].Value : throw new Xunit.Sdk.XunitException(slip.Html);
        var code = Code().Match(slip.Html).Groups["code"].Value;
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}-[2-9A-HJ-NP-Z]{2}$", code);
        Assert.Contains("Surat", slip.Html);
        Assert.Contains("/css/slip.css", slip.Html);
        // Shown once: a reload shows the empty form, not the code.
        Assert.DoesNotContain(code, (await portal.GetAsync(posted.Location!)).Html);

        using var reporter = system.CreateClient();
        using var signIn = await reporter.PostAsJsonAsync($"/api/{Tenant}/sessions", new { complaintCode = code }, ct);
        var session = await signIn.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(signIn.StatusCode == HttpStatusCode.OK, session.ToString());
        reporter.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        JsonElement report = default;
        await Eventually.TrueAsync(async () =>
        {
            using var response = await reporter.GetAsync($"/api/{Tenant}/reports/{trackingNumber}", ct);
            report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return response.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(60), "the letter's case to open");
        Assert.Equal("Surat: potongan dana desa", report.GetProperty("title").GetString());

        using var staff = await new SystemApi(system).StaffClientAsync(system.Credentials.For(Tenant, "supervisor"));
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/{Tenant}/cases/{trackingNumber}", ct);
        Assert.Equal("letter", detail.GetProperty("channel").GetString());
        await Eventually.TrueAsync(async () =>
            (await staff.GetFromJsonAsync<JsonElement>($"/api/{Tenant}/cases/{trackingNumber}", ct)).GetProperty("evidence").EnumerateArray()
                .Any(e => e.GetProperty("fileName").GetString() == "pindaian-surat.txt"), TimeSpan.FromSeconds(60), "the scan as the case's evidence");
    }

    [Fact]
    public async Task Refused_entries_speak_the_readers_language_and_link_each_error_to_its_field()
    {
        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(system.Credentials.For(Tenant, "verifier"))).Status);
        var path = $"/{Tenant}/staff/laporan-masuk";
        Dictionary<string, string> Entry(string receivedOn, string title = "Surat: pungutan di loket", string identityName = "") => new()
        {
            ["Channel"] = "letter", ["ReceivedOn"] = receivedOn, ["ReporterType"] = "external", ["Category"] = "korupsi", ["Title"] = title,
            ["What"] = "Surat warga: petugas loket meminta uang tambahan.", ["IdentityName"] = identityName,
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        };
        var today = DateTimeOffset.UtcNow.AddHours(7).ToString("yyyy-MM-dd");

        var english = await portal.GetAsync($"{path}?lang=en");
        Assert.Contains("<title>Enter a received report", english.Html);

        // EvidenceStorage refuses the scan: its reason in English only, next to the file input that describes itself by it.
        var zip = await portal.SubmitMultipartAsync($"{path}?lang=en", Entry(today), ("scans", "lampiran.zip", "application/zip", TestFiles.Zip()));
        Assert.Equal(HttpStatusCode.OK, zip.Status);
        Assert.Contains("ZIP archives are not accepted", zip.Html);
        Assert.DoesNotContain("Arsip ZIP", zip.Html);
        Assert.Contains("aria-describedby=\"scans-hint scans-error\"", zip.Html);
        ErrorSummary.AssertLinksLand(zip.Html, "scans");

        var date = await portal.SubmitMultipartAsync($"{path}?lang=en", Entry("2026-02-31"));
        Assert.Equal(HttpStatusCode.OK, date.Status);
        Assert.Contains("The date received could not be read", date.Html);
        Assert.DoesNotContain("Tanggal diterima tidak", date.Html);
        ErrorSummary.AssertLinksLand(date.Html, "receivedAt");

        // Intake refuses the fields: each error is linked from the summary and described on its input.
        var refused = await portal.SubmitMultipartAsync(path, Entry(today, title: "", identityName: new string('n', 201)));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        ErrorSummary.AssertLinksLand(refused.Html, "title", "identity.name");
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"identity.name-error\"", refused.Html);
    }

    [GeneratedRegex("data-testid=\"slip-tracking-number\">(?<tn>WBS-\\d{4}-\\d{6})<")]
    private static partial Regex Field();

    [GeneratedRegex("data-testid=\"slip-code\">(?<code>[^<]+)<")]
    private static partial Regex Code();
}
