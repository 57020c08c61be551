namespace Wbs.Gateway.Tests;

public sealed class RoutingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("GET", "/api/banjarnegara/profile", "intake")]
    [InlineData("POST", "/api/banjarnegara/complaints", "intake")]
    [InlineData("POST", "/api/komdigi/sessions", "identity")]
    [InlineData("POST", "/api/komdigi/accounts", "identity")]
    [InlineData("POST", "/api/komdigi/accounts/links", "identity")]
    [InlineData("POST", "/api/komdigi/staff/sessions", "identity")]
    [InlineData("GET", "/api/komdigi/staff/users/42", "identity")]
    [InlineData("POST", "/api/banjarnegara/evidence", "evidencestorage")]
    [InlineData("GET", "/api/banjarnegara/evidence/0b8f/content", "evidencestorage")]
    [InlineData("GET", "/api/banjarnegara/reports", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/audit/verify", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/statistics/charts/by-month", "casemanagement")]
    [InlineData("DELETE", "/api/banjarnegara/sessions/current", "identity")]
    [InlineData("POST", "/api/banjarnegara/reports/WBS-2026-000001/messages", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/cases/WBS-2026-000001", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/cases", "casemanagement")]
    [InlineData("POST", "/api/banjarnegara/cases", "intake")]
    [InlineData("GET", "/api/banjarnegara/cases/WBS-2026-000001/identity", "intake")]
    [InlineData("POST", "/api/banjarnegara/cases/WBS-2026-000001/disclosures", "casemanagement")]
    [InlineData("POST", "/api/banjarnegara/disclosures/0b8f/decision", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/disclosures", "casemanagement")]
    [InlineData("PUT", "/api/banjarnegara/reports/WBS-2026-000001/identity", "intake")]
    [InlineData("GET", "/api/banjarnegara/reports/WBS-2026-000001", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/audit", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/statistics", "casemanagement")]
    [InlineData("GET", "/api/banjarnegara/notifications", "notification")]
    [InlineData("POST", "/api/banjarnegara/notifications/7/read", "notification")]
    [InlineData("GET", "/", "web")]
    [InlineData("GET", "/komdigi", "web")]
    [InlineData("GET", "/css/site.css", "web")]
    [InlineData("GET", "/api/banjarnegara/unknown", "web")]
    public async Task PublicPath_ReachesItsService(string method, string path, string service)
    {
        var query = $"?t={Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { x = 1 });
        }

        using var response = await fixture.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<EchoAnswer>(TestContext.Current.CancellationToken);
        Assert.Equal($"/{service}{path}".TrimEnd('/'), body!.Path.TrimEnd('/'));
    }

    [Theory]
    [InlineData("/internal/banjarnegara/complaints/WBS-2026-000001")]
    [InlineData("/INTERNAL/banjarnegara/staff")]
    [InlineData("//internal/banjarnegara/staff")]
    [InlineData("/internal")]
    public async Task InternalPath_Answers404_AndReachesNoService(string path)
    {
        // Absolute, so that "//internal" is not read as a host name.
        var uri = new Uri(fixture.Gateway.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) + path);

        using var response = await fixture.Gateway.Client.GetAsync(uri, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain(fixture.Echo.Received, r => r.Path.Contains("internal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GatewayHealth_AnswersItself()
    {
        using var alive = await fixture.Gateway.Client.GetAsync("/alive", TestContext.Current.CancellationToken);
        using var health = await fixture.Gateway.Client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(fixture.Echo.Received, r => r.Path.EndsWith("/alive") || r.Path.EndsWith("/health"));
    }

    private sealed record EchoAnswer(string Path);
}
