using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wbs.Web.Tests;

/// <summary>The public API through the gateway, for arranging what a web test then looks at (reports, evidence, staff tokens).</summary>
public sealed class SystemApi(AppHostFixture system)
{
    public sealed record Submitted(string TrackingNumber, string ComplaintCode);

    public sealed record Uploaded(Guid EvidenceId, string Sha256);

    public Task<Submitted> SubmitAsync(string tenant, string title, params Guid[] evidenceIds) =>
        PostComplaintAsync(tenant, title, null, evidenceIds);

    /// <summary>A report that leaves a sealed identity (name and contact) for a disclosure to open.</summary>
    public Task<Submitted> SubmitWithIdentityAsync(string tenant, string title, string name, string contact) =>
        PostComplaintAsync(tenant, title, new { name, contact }, []);

    private async Task<Submitted> PostComplaintAsync(string tenant, string title, object? identity, Guid[] evidenceIds)
    {
        using var client = system.CreateClient();
        var category = (await client.GetFromJsonAsync<JsonElement>($"/api/{tenant}/profile")).GetProperty("categories")[0].GetProperty("code").GetString();
        using var response = await client.PostAsJsonAsync($"/api/{tenant}/complaints", new
        {
            reporterType = "external", category, title,
            what = "Petugas meminta uang tambahan agar berkas selesai lebih cepat dari jadwal.",
            where = "Kantor pelayanan terpadu", evidenceIds, identity,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return new(body.GetProperty("trackingNumber").GetString()!, body.GetProperty("complaintCode").GetString()!);
    }

    public async Task<Uploaded> UploadAsync(string tenant, string fileName, string contentType, byte[] bytes)
    {
        using var client = system.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync($"/api/{tenant}/evidence", form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return new(body.GetProperty("evidenceId").GetGuid(), body.GetProperty("sha256").GetString()!);
    }

    /// <summary>The reporter's own view of a report (code session), once CaseManagement has opened its case.</summary>
    public async Task<JsonElement> ReporterViewAsync(string tenant, Submitted report)
    {
        using var client = system.CreateClient();
        JsonElement view = default;
        await Eventually.LikeAPersonAsync(async () =>
        {
            using var session = await client.PostAsJsonAsync($"/api/{tenant}/sessions", new { complaintCode = report.ComplaintCode });
            if (!session.IsSuccessStatusCode)
            {
                return false;
            }
            var token = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{tenant}/reports/{report.TrackingNumber}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }
            view = await response.Content.ReadFromJsonAsync<JsonElement>();
            return true;
        }, "the reporter's view of the report");
        return view;
    }

    /// <summary>A staff token for arranging through the API, with a TOTP step no other test spends.</summary>
    public async Task<HttpClient> StaffClientAsync(DevStaff staff)
    {
        var client = system.CreateClient();
        using var held = await TotpSteps.HoldAsync(staff.Tenant, staff.Username);
        using var response = await client.PostAsJsonAsync($"/api/{staff.Tenant}/staff/sessions",
            new { username = staff.Username, password = staff.Password, totp = await TotpSteps.NextCodeAsync(staff) });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }
}
