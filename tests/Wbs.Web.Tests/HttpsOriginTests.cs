using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Wbs.Web.Infrastructure.Sessions;

namespace Wbs.Web.Tests;

/// <summary>With an https public origin every cookie is Secure and prefixed, and HSTS is sent; over plain http neither.</summary>
public sealed class HttpsOriginTests : IAsyncLifetime
{
    private ProfileStub _intake = null!;

    public async ValueTask InitializeAsync() => _intake = await ProfileStub.StartAsync();

    public ValueTask DisposeAsync() => _intake.DisposeAsync();

    [Fact]
    public async Task HttpsOrigin_SecurePrefixedCookies_AndHsts()
    {
        await using var web = Web("https://wbs.example.go.id");
        using var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/banjarnegara/cek", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        var csrf = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains("wbs_csrf"));
        Assert.StartsWith("__Host-wbs_csrf=", csrf);
        Assert.Contains("secure", csrf, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", csrf + ";", StringComparison.OrdinalIgnoreCase);
        Assert.Equal("__Secure-wbs_staff", Sessions("https://wbs.example.go.id").CookieName(SessionKind.Staff));
    }

    [Fact]
    public async Task PlainHttp_NoHsts_UnprefixedCookies()
    {
        await using var web = Web(null);
        using var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/banjarnegara/cek", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wbs_csrf="));
        Assert.Equal("wbs_reporter", Sessions(null).CookieName(SessionKind.Reporter));
    }

    private ServiceFactory<Program> Web(string? origin) => new(new Dictionary<string, string?>
    {
        ["services:intake:http:0"] = _intake.BaseAddress.ToString(),
        ["Web:PublicOrigin"] = origin,
    });

    private static SessionCookies Sessions(string? origin) => new(new EphemeralDataProtectionProvider(), TimeProvider.System,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Web:PublicOrigin"] = origin }).Build());
}
