using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.TestSupport;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]

namespace Wbs.Platform.Tests;

/// <summary>Submit → case opened → report visible with the code token, across the real services and broker.</summary>
public sealed class ReporterJourneyTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Submitted_report_opens_a_case_the_reporter_follows_with_the_code()
    {
        var submitted = await _platform.SubmitAsync("banjarnegara", Complaints.Sample("Pungutan liar di loket KTP"));
        var code = submitted.GetProperty("complaintCode").GetString()!;
        var trackingNumber = submitted.GetProperty("trackingNumber").GetString()!;

        var token = await _platform.CodeTokenAsync("banjarnegara", code);
        var list = await Eventually.GetAsync(async () =>
        {
            var response = await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", token);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            return body.ValueKind == JsonValueKind.Array && body.GetArrayLength() > 0 ? (JsonElement?)body : null;
        }, what: "the reporter's case");

        var item = Assert.Single(list!.Value.EnumerateArray());
        Assert.Equal(trackingNumber, item.GetProperty("trackingNumber").GetString());
        Assert.Equal("Pungutan liar di loket KTP", item.GetProperty("title").GetString());
        Assert.Equal("received", item.GetProperty("status").GetString());
        Assert.Equal("Diterima", item.GetProperty("statusLabel").GetString());

        var detailResponse = await _platform.GetAsync(_platform.Cases, $"/api/banjarnegara/reports/{trackingNumber}", token);
        Assert.Equal(HttpStatusCode.OK, detailResponse.StatusCode);
        var detail = await detailResponse.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(submitted.GetProperty("responseDueAt").GetDateTimeOffset(), detail.GetProperty("responseDueAt").GetDateTimeOffset());
        var entry = Assert.Single(detail.GetProperty("timeline").EnumerateArray());
        Assert.Equal("received", entry.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Wrong_code_and_code_of_another_tenant_get_the_same_401()
    {
        var submitted = await _platform.SubmitAsync("komdigi", Complaints.Sample("Benturan kepentingan pada lelang", "benturan_kepentingan"));
        var code = submitted.GetProperty("complaintCode").GetString()!;
        await _platform.CodeTokenAsync("komdigi", code);

        var otherTenant = await _platform.Identity.PostAsJsonAsync("/api/banjarnegara/sessions", new { complaintCode = code }, TestContext.Current.CancellationToken);
        var wrong = await _platform.Identity.PostAsJsonAsync("/api/komdigi/sessions", new { complaintCode = "ABCD-EFGH-JKMN-PQRS-TU" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var a = await wrong.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var b = await otherTenant.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        foreach (var field in new[] { "type", "title", "status", "detail" })
        {
            Assert.Equal(a.GetProperty(field).ToString(), b.GetProperty(field).ToString());
        }
    }

    [Fact]
    public async Task Code_token_of_one_tenant_is_403_on_another_tenants_paths()
    {
        var submitted = await _platform.SubmitAsync("komdigi", Complaints.Sample("Gratifikasi dalam perizinan", "gratifikasi"));
        var token = await _platform.CodeTokenAsync("komdigi", submitted.GetProperty("complaintCode").GetString()!);

        var response = await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_code_token_never_shows_another_report()
    {
        var mine = await _platform.SubmitAsync("banjarnegara", Complaints.Sample("Laporan pertama saya"));
        var other = await _platform.SubmitAsync("banjarnegara", Complaints.Sample("Laporan orang lain"));
        var token = await _platform.CodeTokenAsync("banjarnegara", mine.GetProperty("complaintCode").GetString()!);
        await _platform.CodeTokenAsync("banjarnegara", other.GetProperty("complaintCode").GetString()!);

        var response = await Eventually.GetAsync(async () =>
        {
            var r = await _platform.GetAsync(_platform.Cases, $"/api/banjarnegara/reports/{other.GetProperty("trackingNumber").GetString()}", token);
            return r.StatusCode == HttpStatusCode.NotFound ? r : null;
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
