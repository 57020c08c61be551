using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Wbs.Identity.Infrastructure;

namespace Wbs.Identity.Tests;

public sealed class TokenTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<(string Username, string Token, SubmittedReport Report)> AccountWithReportAsync()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        return (username, await _host.AccountTokenAsync(username), await _host.SubmitAsync());
    }

    private Task<HttpResponseMessage> LinkAsync(string token, SubmittedReport report, string tenant = IdentityHost.Tenant) =>
        _host.PostAsync(IdentityHost.Path("accounts/links", tenant), new { complaintCode = report.Code }, token);

    [Fact]
    public async Task ExpiredToken_Refused()
    {
        var (_, token, report) = await AccountWithReportAsync();

        _host.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(token, report)).StatusCode);
    }

    [Fact]
    public async Task TamperedToken_Refused()
    {
        var (_, token, report) = await AccountWithReportAsync();
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]))!;
        var forged = new Dictionary<string, object>(payload.Select(p => KeyValuePair.Create(p.Key, (object)p.Value))) { ["sub"] = Guid.NewGuid().ToString() };
        var tamperedPayload = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(JsonSerializer.Serialize(forged))}.{parts[2]}";
        var tamperedSignature = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(tamperedPayload, report)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(tamperedSignature, report)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(token, report)).StatusCode);
    }

    [Fact]
    public async Task WrongAudienceIssuerOrUnknownKey_Refused()
    {
        var username = IdentityHost.NewUsername();
        var accountId = await _host.CreateAccountAsync(username);
        var report = await _host.SubmitAsync();

        var wrongAudience = _host.Tokens.Issue(IdentityHost.Tenant, "account", accountId, audience: "lain");
        var wrongIssuer = _host.Tokens.Issue(IdentityHost.Tenant, "account", accountId, issuer: "penipu");
        var unknownKey = new TestTokens().Issue(IdentityHost.Tenant, "account", accountId);
        var expired = _host.Tokens.Issue(IdentityHost.Tenant, "account", accountId, lifetime: TimeSpan.FromMinutes(-5));
        var valid = _host.Tokens.Issue(IdentityHost.Tenant, "account", accountId);

        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(wrongAudience, report)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(wrongIssuer, report)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(unknownKey, report)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(expired, report)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(valid, report)).StatusCode);
    }

    [Fact]
    public async Task OtherTenantsToken_Answers403()
    {
        var (_, token, _) = await AccountWithReportAsync();
        var komdigiReport = await _host.SubmitAsync(tenant: IdentityHost.OtherTenant);

        var response = await LinkAsync(token, komdigiReport, IdentityHost.OtherTenant);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await _host.WithDbAsync(db => db.Reports.Where(r => r.ComplaintId == komdigiReport.ComplaintId).Select(r => r.AccountId).SingleAsync()));
    }

    [Fact]
    public async Task Jwks_PublishesOnlyPublicKeys_AndDiscoveryPointsAtIt()
    {
        var (_, token, _) = await AccountWithReportAsync();

        var discovery = await (await _host.GetAsync("/.well-known/openid-configuration")).JsonAsync();
        Assert.Equal("wbs-identity", discovery.Str("issuer"));
        Assert.EndsWith("/.well-known/jwks.json", discovery.Str("jwks_uri"));
        var jwks = await _host.GetAsync("/.well-known/jwks.json");
        var text = await jwks.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var key = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal("EC", key.Str("kty"));
        Assert.Equal("P-256", key.Str("crv"));
        Assert.Equal("ES256", key.Str("alg"));
        Assert.Equal(new JsonWebToken(token).Kid, key.Str("kid"));
        Assert.False(key.TryGetProperty("d", out _));

        // The private key is stored sealed, not as PKCS#8 or PEM.
        var sealedKey = await _host.WithDbAsync(db => db.SigningKeys.Select(k => k.SealedPrivateKey).FirstAsync());
        Assert.NotEqual(0x30, sealedKey[0]);
        Assert.DoesNotContain("PRIVATE", System.Text.Encoding.ASCII.GetString(sealedKey));
    }

    [Fact]
    public async Task KeyRotation_OldTokensStayValidUntilTheyExpire()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        var oldKid = new JsonWebToken(await _host.AccountTokenAsync(username)).Kid;
        var keys = _host.Factory.Services.GetRequiredService<SigningKeyRing>();

        await keys.RotateAsync(TestContext.Current.CancellationToken);

        // The new key is published at once but signs only after the activation delay (10 minutes).
        var kids = (await (await _host.GetAsync("/.well-known/jwks.json")).JsonAsync())
            .GetProperty("keys").EnumerateArray().Select(k => k.Str("kid")).ToList();
        Assert.Equal(2, kids.Count);
        _host.Clock.Advance(TimeSpan.FromMinutes(9));
        var lastOld = await _host.AccountTokenAsync(username);
        Assert.Equal(oldKid, new JsonWebToken(lastOld).Kid);

        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        var fresh = await _host.AccountTokenAsync(username);
        var newKid = new JsonWebToken(fresh).Kid;
        Assert.NotEqual(oldKid, newKid);
        Assert.Contains(newKid, kids);

        var report = await _host.SubmitAsync();
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(lastOld, report)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(fresh, report)).StatusCode);

        // 38 minutes after rotating, the last token of the old key (issued at 9 minutes) is still valid.
        _host.Clock.Advance(TimeSpan.FromMinutes(27));
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(lastOld, report)).StatusCode);

        // Once every token the old key signed has expired (plus clock skew), the key is no longer published.
        _host.Clock.Advance(TimeSpan.FromMinutes(3.5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LinkAsync(lastOld, report)).StatusCode);
        var published = (await (await _host.GetAsync("/.well-known/jwks.json")).JsonAsync())
            .GetProperty("keys").EnumerateArray().Select(k => k.Str("kid")).ToList();
        Assert.Equal([newKid], published);
        Assert.Equal(HttpStatusCode.OK, (await LinkAsync(await _host.AccountTokenAsync(username), report)).StatusCode);
    }

    [Fact]
    public async Task SigningKeys_SurviveRestart()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        var token = await _host.AccountTokenAsync(username);
        var keysBefore = await _host.WithDbAsync(db => db.SigningKeys.Select(k => k.Id).ToListAsync());

        // A second instance on the same database signs with and accepts the same key.
        var ring = new SigningKeyRing(_host.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
            _host.Factory.Services.GetRequiredKeyedService<Wbs.ServiceDefaults.Security.EnvelopeCipher>(Wbs.ServiceDefaults.Security.KeyPurposes.SigningKeys), _host.Clock,
            _host.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Wbs.Identity.Extensions.IdentityServiceOptions>>());
        var active = await ring.GetActiveKeyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new JsonWebToken(token).Kid, active.Id);
        Assert.Equal(keysBefore, await _host.WithDbAsync(db => db.SigningKeys.Select(k => k.Id).ToListAsync()));
    }
}
