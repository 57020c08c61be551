namespace Wbs.Gateway.Tests;

public sealed class SecurityHeadersTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/banjarnegara/profile", true)]
    [InlineData("/banjarnegara", false)]
    [InlineData("/internal/banjarnegara/staff", false)]
    [InlineData("/alive", false)]
    public async Task AnyResponse_CarriesSecurityHeaders(string path, bool isApi)
    {
        using var response = await fixture.Gateway.Client.GetAsync(path, TestContext.Current.CancellationToken);

        var headers = response.Headers;
        var csp = Assert.Single(headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(headers.GetValues("X-Frame-Options")));
        Assert.Contains("camera=()", Assert.Single(headers.GetValues("Permissions-Policy")));
        Assert.False(headers.Contains("Server"));
        if (isApi)
        {
            Assert.True(headers.CacheControl?.NoStore);
        }
        Assert.False(headers.Contains("Strict-Transport-Security"), "HSTS without an https public origin");
    }

    [Fact]
    public async Task HttpsPublicOrigin_SendsHsts()
    {
        await using var gateway = GatewayHost.Start(fixture.Echo, extra: new() { ["Gateway:PublicOrigin"] = "https://wbs.example.go.id" });

        using var response = await gateway.Client.GetAsync("/banjarnegara", TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
