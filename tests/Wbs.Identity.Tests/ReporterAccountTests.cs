using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Wbs.Identity.Tests;

public sealed class ReporterAccountTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task CodeFirst_AccountFromCode_LinksReportSignsInAndPublishesLink()
    {
        var report = await _host.SubmitAsync();
        var username = IdentityHost.NewUsername();

        var created = await _host.PostAsync(IdentityHost.Path("accounts"),
            new { username, password = "rahasia-pelapor-77", complaintCode = report.Code.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        var accountId = body.GetProperty("accountId").GetGuid();
        Assert.Equal(username, body.Str("username"));
        Assert.Equal([report.TrackingNumber], body.GetProperty("linkedReports").EnumerateArray().Select(e => e.GetString()));

        var session = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "rahasia-pelapor-77" });
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var token = await session.JsonAsync();
        Assert.Equal("Bearer", token.Str("tokenType"));
        Assert.Equal("account", token.Str("kind"));
        Assert.Equal(1800, token.GetProperty("expiresIn").GetInt32());
        var claims = new JsonWebToken(token.Str("accessToken")).Claims.ToList();
        Assert.Contains(claims, c => c.Type == "sub" && c.Value == accountId.ToString());
        Assert.Contains(claims, c => c.Type == "tenant" && c.Value == IdentityHost.Tenant);
        Assert.Contains(claims, c => c.Type == "aud" && c.Value == "wbs");
        Assert.Contains(claims, c => c.Type == "iss" && c.Value == "wbs-identity");

        var linked = await _host.Probe.WaitForAsync<ReporterAccountLinked>(m => m.ComplaintId == report.ComplaintId);
        Assert.Equal(accountId, linked.AccountId);
        Assert.Equal(report.TrackingNumber, linked.TrackingNumber);
        Assert.Equal(IdentityHost.Tenant, linked.Tenant);
        await Eventually.TrueAsync(() => _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>()
            .AllAsync(m => m.DispatchedAt != null)), what: "the outbox to be dispatched");
    }

    [Fact]
    public async Task CodeFirst_CodeAlreadyLinked_Answers409AndCreatesNothing()
    {
        var report = await _host.SubmitAsync();
        await _host.CreateAccountAsync(IdentityHost.NewUsername(), complaintCode: report.Code);
        var second = IdentityHost.NewUsername();

        var response = await _host.PostAsync(IdentityHost.Path("accounts"), new { username = second, password = "rahasia-pelapor-77", complaintCode = report.Code });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await _host.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Username == second)));
    }

    [Fact]
    public async Task CreateAccount_UsernameTaken_Answers409()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);

        var response = await _host.PostAsync(IdentityHost.Path("accounts"), new { username = username.ToUpperInvariant(), password = "lain-lagi-sandi-88" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_SameUsernameInOtherTenant_IsAllowed()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);

        var response = await _host.PostAsync(IdentityHost.Path("accounts", IdentityHost.OtherTenant), new { username, password = "rahasia-pelapor-77" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("password123", "password")]
    [InlineData("Bismillah123", "password")]
    [InlineData("pendek", "password")]
    [InlineData("rahasia-pelapor-77", "username")]
    public async Task CreateAccount_InvalidInput_Answers400AndCreatesNothing(string password, string field)
    {
        var username = field == "username" ? "ab" : IdentityHost.NewUsername();

        var response = await _host.PostAsync(IdentityHost.Path("accounts"), new { username, password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.False(await _host.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Username == username)));
    }

    [Fact]
    public async Task CreateAccount_UnknownCode_Answers422AndCreatesNothing()
    {
        var username = IdentityHost.NewUsername();

        var response = await _host.PostAsync(IdentityHost.Path("accounts"),
            new { username, password = "rahasia-pelapor-77", complaintCode = Wbs.ServiceDefaults.Security.ComplaintCode.Generate() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Accounts.AnyAsync(a => a.Username == username)));
    }

    [Fact]
    public async Task AccountFirst_LinkOlderReports_AccountHoldsAll()
    {
        var username = IdentityHost.NewUsername();
        var accountId = await _host.CreateAccountAsync(username);
        var first = await _host.SubmitAsync();
        var second = await _host.SubmitAsync();
        var token = await _host.AccountTokenAsync(username);

        var one = await _host.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = first.Code }, token);
        var two = await _host.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = second.Code }, token);
        var again = await _host.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = second.Code }, token);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var reports = (await again.JsonAsync()).GetProperty("linkedReports").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(new[] { first.TrackingNumber, second.TrackingNumber }.Order(), reports.Order());
        await _host.Probe.WaitForAsync<ReporterAccountLinked>(m => m.ComplaintId == first.ComplaintId && m.AccountId == accountId);
        await _host.Probe.WaitForAsync<ReporterAccountLinked>(m => m.ComplaintId == second.ComplaintId && m.AccountId == accountId);
    }

    [Fact]
    public async Task AccountFirst_LinkReportOfAnotherAccount_Answers409()
    {
        var report = await _host.SubmitAsync();
        await _host.CreateAccountAsync(IdentityHost.NewUsername(), complaintCode: report.Code);
        var other = IdentityHost.NewUsername();
        var otherId = await _host.CreateAccountAsync(other);

        var response = await _host.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = report.Code }, await _host.AccountTokenAsync(other));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(await _host.WithDbAsync(db => db.Reports.AnyAsync(r => r.AccountId == otherId)));
    }

    [Fact]
    public async Task LinkReport_WithoutAccountToken_Answers401Or403()
    {
        var report = await _host.SubmitAsync();
        var anonymous = await _host.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = report.Code });
        var codeToken = (await (await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code })).JsonAsync()).Str("accessToken");
        var withCodeToken = await _host.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = report.Code }, codeToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withCodeToken.StatusCode);
    }

    [Fact]
    public async Task ReportSubmittedWithAccountToken_IsLinkedAndPublished()
    {
        var username = IdentityHost.NewUsername();
        var accountId = await _host.CreateAccountAsync(username);

        var report = await _host.SubmitAsync(accountId);

        var stored = await _host.WithDbAsync(db => db.Reports.SingleAsync(r => r.ComplaintId == report.ComplaintId));
        Assert.Equal(accountId, stored.AccountId);
        var linked = await _host.Probe.WaitForAsync<ReporterAccountLinked>(m => m.ComplaintId == report.ComplaintId);
        Assert.Equal(accountId, linked.AccountId);
        var conflict = await _host.PostAsync(IdentityHost.Path("accounts"),
            new { username = IdentityHost.NewUsername(), password = "rahasia-pelapor-77", complaintCode = report.Code });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
    }

    [Fact]
    public async Task CodeSession_RightCode_GivesCodeTokenForThatReport()
    {
        var report = await _host.SubmitAsync();

        var response = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("code", body.Str("kind"));
        var jwt = new JsonWebToken(body.Str("accessToken"));
        Assert.Equal(report.ComplaintId.ToString(), jwt.Claims.Single(c => c.Type == "cid").Value);
        Assert.Equal(report.TrackingNumber, jwt.Claims.Single(c => c.Type == "tn").Value);
        Assert.Equal(report.ComplaintId.ToString(), jwt.Subject);
        Assert.Equal("code", jwt.Claims.Single(c => c.Type == "kind").Value);
        Assert.Equal("ES256", jwt.Alg);
    }

    [Fact]
    public async Task CodeSession_WrongCodeOrOtherTenantsCode_SameAnswer401()
    {
        var report = await _host.SubmitAsync(tenant: IdentityHost.OtherTenant);

        var otherTenant = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code });
        var unknown = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = Wbs.ServiceDefaults.Security.ComplaintCode.Generate() });
        var malformed = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = "bukan-kode" });
        var wrongPassword = await _host.PostAsync(IdentityHost.Path("sessions"), new { username = "tidak.ada", password = "salah-sekali-123" });

        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        var expected = await otherTenant.ProblemWithoutTraceAsync();
        Assert.Equal(expected, await unknown.ProblemWithoutTraceAsync());
        Assert.Equal(expected, await malformed.ProblemWithoutTraceAsync());
        Assert.Equal(expected, await wrongPassword.ProblemWithoutTraceAsync());
    }

    [Fact]
    public async Task Sessions_UnknownTenant_Answers404()
    {
        var response = await _host.PostAsync(IdentityHost.Path("sessions", "tidak-ada"), new { complaintCode = "K7QD-3MWT-9XPA-2HBN-Q4" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("staff/users")]
    [InlineData("accounts/links")]
    public async Task ProtectedPath_UnknownTenantWithoutToken_Answers404_KnownTenant401(string path)
    {
        Func<string, Task<HttpResponseMessage>> send = path == "staff/users"
            ? p => _host.GetAsync(p)
            : p => _host.PostAsync(p, new { complaintCode = "K7QD-3MWT-9XPA-2HBN-Q4" });

        var unknown = await send(IdentityHost.Path(path, "tidak-ada"));
        var known = await send(IdentityHost.Path(path));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unknown agency", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, known.StatusCode);
    }
}
