using System.Net;
using System.Net.Http.Json;
using System.Text;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

public sealed class ValidationTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IntakeHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Invalid_body_is_400_naming_each_bad_field_and_creates_nothing()
    {
        var response = await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", new
        {
            reporterType = "alien",
            category = "tidak-ada",
            title = "abc",
            what = "terlalu pendek",
            where = new string('x', 10_001),
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "reporterType", "category", "title", "what", "where" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}");
        }
        Assert.False(errors.TryGetProperty("when", out _));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task Missing_what_is_required()
    {
        var response = await _host.Client().PostAsJsonAsync("/api/komdigi/complaints",
            new { reporterType = "external", category = "korupsi", title = "Judul yang cukup" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("what", out _));
    }

    [Fact]
    public async Task Category_of_another_tenant_is_refused()
    {
        // "kode_etik" is a Komdigi category, not a Banjarnegara one.
        var response = await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(category: "kode_etik"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("category", out _));
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"evidenceIds\": [\"not-a-guid\"]}")]
    public async Task Malformed_json_is_400_problem_without_internals(string json)
    {
        var response = await _host.Client().PostAsync("/api/banjarnegara/complaints",
            new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("ComplaintRequest", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_problem()
    {
        var response = await _host.Client().PostAsync("/api/banjarnegara/complaints",
            new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Jenis isi permintaan tidak didukung. / Unsupported content type.",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Unknown_tenant_is_404_for_submissions()
    {
        var response = await _host.Client().PostAsJsonAsync("/api/atlantis/complaints", Samples.Complaint(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
