namespace Wbs.Identity.Tests;

public sealed class SignInThrottlingTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra, new()
    {
        ["Identity:Lockout:MaxFailures"] = "5",
        ["Identity:Lockout:Duration"] = "00:15:00",
        ["Identity:CodeGuessing:MaxFailures"] = "3",
        ["Identity:CodeGuessing:Window"] = "00:10:00",
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task AccountSession_UnknownUserAndWrongPassword_SameProblemBody()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);

        var wrongPassword = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "bukan-sandinya-1" });
        var unknownUser = await _host.PostAsync(IdentityHost.Path("sessions"), new { username = username + "x", password = "bukan-sandinya-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal(await wrongPassword.ProblemWithoutTraceAsync(), await unknownUser.ProblemWithoutTraceAsync());
    }

    [Fact]
    public async Task AccountSession_FiveFailures_LocksUntilPeriodEnds()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);

        for (var i = 0; i < 5; i++)
        {
            var failed = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = $"salah-sandi-{i}-xyz" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        // Locked: even the right password answers 429 now.
        var locked = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "rahasia-pelapor-77" });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);

        _host.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "rahasia-pelapor-77" });
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);

        _host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var unlocked = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "rahasia-pelapor-77" });
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task AccountSession_SuccessResetsFailureCount()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        for (var i = 0; i < 4; i++)
        {
            await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "salah-sandi-xyz" });
        }
        await _host.AccountTokenAsync(username);

        for (var i = 0; i < 4; i++)
        {
            var failed = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "salah-sandi-xyz" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
        await _host.AccountTokenAsync(username);
    }

    [Fact]
    public async Task CodeSession_TooManyWrongCodes_ThrottlesTenantThenRecovers()
    {
        var report = await _host.SubmitAsync();
        for (var i = 0; i < 3; i++)
        {
            var wrong = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = Wbs.ServiceDefaults.Security.ComplaintCode.Generate() });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // Past the limit even the right code is not looked up: a guesser learns nothing.
        var throttled = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code });
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var linkThrottled = await _host.PostAsync(IdentityHost.Path("accounts"),
            new { username = IdentityHost.NewUsername(), password = "rahasia-pelapor-77", complaintCode = report.Code });
        Assert.Equal(HttpStatusCode.TooManyRequests, linkThrottled.StatusCode);
        // Other tenants are not affected.
        var otherTenant = await _host.PostAsync(IdentityHost.Path("sessions", IdentityHost.OtherTenant), new { complaintCode = report.Code });
        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);

        _host.Clock.Advance(TimeSpan.FromMinutes(11));
        var recovered = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code });
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }
}
