namespace Wbs.Identity.Tests;

/// <summary>Service identities: Identity's client-credentials endpoint, and its own internal endpoint checking who calls.</summary>
public sealed class ServiceTokenTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_service_gets_a_token_only_for_its_own_secret()
    {
        using var issued = await _host.RequestServiceTokenAsync("casemanagement", IdentityHost.ServiceSecret("casemanagement"));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.JsonAsync();
        Assert.Equal("Bearer", body.Str("token_type"));
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 60, 3600);
        var claims = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body.Str("access_token"));
        Assert.Equal("casemanagement", claims.GetClaim("svc").Value);
        Assert.Equal(["wbs-internal"], claims.Audiences);
        Assert.False(claims.TryGetClaim("tenant", out _));

        foreach (var (id, secret) in new[]
                 {
                     ("casemanagement", IdentityHost.ServiceSecret("intake")), // another service's secret
                     ("intake", "salah"),
                     ("notification", IdentityHost.ServiceSecret("notification")), // no client
                 })
        {
            using var refused = await _host.RequestServiceTokenAsync(id, secret);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        using var wrongGrant = await _host.RequestServiceTokenAsync("intake", IdentityHost.ServiceSecret("intake"), "password");
        Assert.Equal(HttpStatusCode.BadRequest, wrongGrant.StatusCode);
    }

    [Fact]
    public async Task Internal_staff_list_answers_CaseManagement_and_the_web_app_only()
    {
        var admin = await _host.CreateStaffAsync(["admin"]);
        var token = await _host.StaffTokenAsync(admin);
        var path = $"/internal/{IdentityHost.Tenant}/staff";

        Task<HttpResponseMessage> AsAsync(string? serviceToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            return _host.Client.SendAsync(serviceToken is null ? request : request.AsService(serviceToken), TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.OK, (await AsAsync(await _host.ServiceTokenAsync("casemanagement"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AsAsync(_host.Tokens.IssueService("web"))).StatusCode);
        var none = await AsAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await AsAsync(await _host.ServiceTokenAsync("intake"))).StatusCode);
        // A staff token is no service identity, nor is a service token with the public audience.
        Assert.Equal(HttpStatusCode.Unauthorized, (await AsAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AsAsync(_host.Tokens.IssueService("casemanagement", audience: "wbs"))).StatusCode);
    }

    [Fact]
    public async Task A_service_token_opens_no_public_endpoint()
    {
        var serviceToken = await _host.ServiceTokenAsync("casemanagement");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.GetAsync(IdentityHost.Path("staff/users"), serviceToken)).StatusCode);
    }
}
