using System.Net;
using Wbs.TestSupport;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]

namespace Wbs.Intake.Tests;

public sealed class ProfileTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IntakeHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("banjarnegara", "Inspektorat Kabupaten Banjarnegara", "code-first")]
    [InlineData("komdigi", "Kementerian Komunikasi dan Digital", "account-first")]
    public async Task Profile_of_a_seed_tenant_has_name_categories_deadline_and_flow(string tenant, string name, string flow)
    {
        var response = await _host.Client().GetAsync($"/api/{tenant}/profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(tenant, body.GetProperty("slug").GetString());
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal(30, body.GetProperty("responseDays").GetInt32());
        Assert.Equal(flow, body.GetProperty("accountFlow").GetString());
        Assert.Contains(body.GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == "korupsi");
        Assert.False(string.IsNullOrEmpty(body.GetProperty("contact").GetProperty("address").GetString()));
    }

    /// <summary>The OpenAPI document comes from the service defaults every API service shares (UseApiServiceDefaults).</summary>
    [Fact]
    public async Task The_service_describes_its_endpoints_in_its_openapi_document()
    {
        var response = await _host.Client().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/{tenant}/profile", out _), paths.ToString()[..Math.Min(400, paths.ToString().Length)]);
    }

    [Fact]
    public async Task Banjarnegara_contact_details_come_from_the_seed()
    {
        var body = await (await _host.Client().GetAsync("/api/banjarnegara/profile", TestContext.Current.CancellationToken)).ReadJsonAsync();
        var contact = body.GetProperty("contact");
        Assert.Contains(contact.GetProperty("emails").EnumerateArray(), e => e.GetString() == "wbs@banjarnegarakab.go.id");
        Assert.Contains(contact.GetProperty("phones").EnumerateArray(), p => p.GetString()!.Contains("591459"));
    }

    [Fact]
    public async Task Unknown_tenant_is_404_problem()
    {
        var response = await _host.Client().GetAsync("/api/atlantis/profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
