namespace Wbs.CaseManagement.Tests;

/// <summary>
/// CaseManagement applies revocations it receives over the broker and refuses a temporary-password
/// staff token, whatever its roles.
/// </summary>
public sealed class SessionCheckTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await CaseManagementHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task TemporaryPasswordToken_IsRefused403()
    {
        var token = _host.Tokens.Issue(CaseManagementHost.Tenant, "staff", Guid.NewGuid(), ["admin"], name: "baru", mustChangePassword: true);
        using var client = _host.Client(token);

        await (await client.Get(CaseManagementHost.Path("cases"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.Get(CaseManagementHost.Path("statistics"))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokedSubjectOrSession_IsRefused401_OthersStillWork()
    {
        var revokedUser = Guid.NewGuid();
        var signedOut = Guid.NewGuid();
        using var subjectClient = _host.Client(_host.Tokens.Issue(CaseManagementHost.Tenant, "staff", revokedUser, ["admin"], name: "a"));
        using var sessionClient = _host.Client(_host.Tokens.Issue(CaseManagementHost.Tenant, "staff", Guid.NewGuid(), ["admin"], name: "b", sessionId: signedOut));
        using var bystander = _host.Staff("admin");
        Assert.Equal(HttpStatusCode.OK, (await subjectClient.Get(CaseManagementHost.Path("cases"))).StatusCode);

        var now = DateTimeOffset.UtcNow;
        await _host.Probe.PublishAsync(new SessionsRevoked
        {
            Tenant = CaseManagementHost.Tenant, SubjectId = revokedUser, RevokedBefore = now.AddSeconds(1), ExpiresAt = now.AddHours(1),
        });
        await _host.Probe.PublishAsync(new SessionsRevoked
        {
            Tenant = CaseManagementHost.Tenant, SubjectId = Guid.NewGuid(), SessionId = signedOut, RevokedBefore = now, ExpiresAt = now.AddHours(1),
        });

        await Eventually.TrueAsync(async () => (await subjectClient.Get(CaseManagementHost.Path("cases"))).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(5), "the revoked subject's token refused");
        await Eventually.TrueAsync(async () => (await sessionClient.Get(CaseManagementHost.Path("cases"))).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(5), "the signed-out session refused");
        Assert.Equal(HttpStatusCode.OK, (await bystander.Get(CaseManagementHost.Path("cases"))).StatusCode);

        // A token of the same subject issued after the revocation works again.
        var later = _host.Tokens.Issue(CaseManagementHost.Tenant, "staff", revokedUser, ["admin"], name: "a", issuedAt: now.AddSeconds(3));
        using var again = _host.Client(later);
        Assert.Equal(HttpStatusCode.OK, (await again.Get(CaseManagementHost.Path("cases"))).StatusCode);
    }
}
