using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Wbs.Web.Tests;

/// <summary>Evidence of a report downloaded from the staff case page (through the web app's proxy): the reporter's bytes, as an attachment.</summary>
public sealed partial class EvidenceDownloadTests(AppHostFixture system)
{
    private const string Tenant = "komdigi";

    [Fact]
    public async Task Case_page_links_the_evidence_and_the_download_returns_the_uploaded_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes($"Catatan bukti {Guid.NewGuid():N}\nRabu, 4 Maret 2026, loket 2\n");
        var api = new SystemApi(system);
        var upload = await api.UploadAsync(Tenant, "catatan-bukti.txt", "text/plain", bytes);
        var report = await api.SubmitAsync(Tenant, "Uji unduhan bukti dari halaman kasus", upload.EvidenceId);

        using var portal = new Portal(system);
        Assert.Equal(HttpStatusCode.SeeOther, (await portal.StaffSignInAsync(system.Credentials.For(Tenant, "verifier"))).Status);
        var casePage = await Eventually.GetAsync(async () =>
            await portal.GetAsync($"/{Tenant}/staff/cases/{report.TrackingNumber}") is { Status: HttpStatusCode.OK } p && p.Html.Contains("catatan-bukti.txt") ? p : null,
            TimeSpan.FromSeconds(60), "the case with its evidence");
        var link = EvidenceLink().Match(casePage.Html);
        Assert.True(link.Success, "no evidence link on the case page");
        Assert.Equal($"/{Tenant}/staff/cases/{report.TrackingNumber}/evidence/{upload.EvidenceId}", link.Groups[1].Value);

        var download = await portal.GetAsync(link.Groups[1].Value);

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal(bytes, download.Body);
        Assert.Equal(upload.Sha256, Convert.ToHexStringLower(SHA256.HashData(download.Body)), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("application/octet-stream", download.ContentHeaders!.ContentType!.MediaType);
        Assert.Equal("attachment", download.ContentHeaders.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", download.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Evidence_download_without_a_staff_session_sends_to_sign_in()
    {
        using var portal = new Portal(system);
        var path = $"/{Tenant}/staff/cases/WBS-2026-000001/evidence/{Guid.NewGuid()}";

        var page = await portal.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith($"/{Tenant}/staff/login?returnUrl=", page.Location);
    }

    [GeneratedRegex("<a href=\"(/[^\"]+/evidence/[0-9a-f-]{36})\">catatan-bukti.txt</a>")]
    private static partial Regex EvidenceLink();
}
