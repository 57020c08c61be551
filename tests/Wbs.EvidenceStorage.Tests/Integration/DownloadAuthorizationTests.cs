using Microsoft.EntityFrameworkCore;
using Wbs.Contracts;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>Who may open evidence, and that every opening is announced for the audit trail.</summary>
public sealed class DownloadAuthorizationTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NoToken_Is401()
    {
        var uploaded = await _host.UploadOkAsync("a.txt", "halo"u8.ToArray(), "text/plain");
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Auditor_Is403()
    {
        var uploaded = await _host.UploadOkAsync("a.txt", "halo"u8.ToArray(), "text/plain");
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(roles: "auditor"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ReporterToken_Is403()
    {
        var uploaded = await _host.UploadOkAsync("a.txt", "halo"u8.ToArray(), "text/plain");
        var token = _host.Tokens.Issue(EvidenceHost.Tenant, "account", Guid.NewGuid());
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StaffOfAnotherTenant_Is403()
    {
        var uploaded = await _host.UploadOkAsync("a.txt", "halo"u8.ToArray(), "text/plain");
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(EvidenceHost.OtherTenant, "admin"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task EvidenceOfAnotherTenant_Is404()
    {
        var uploaded = await _host.UploadOkAsync("a.txt", "halo"u8.ToArray(), "text/plain", tenant: EvidenceHost.OtherTenant);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(EvidenceHost.Tenant, "admin"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Verifier_Download_PublishesEvidenceViewed()
    {
        await using var probe = await BusProbe.StartAsync(_host.Amqp, typeof(EvidenceViewed));
        var uploaded = await _host.UploadOkAsync("a.txt", "halo"u8.ToArray(), "text/plain");
        var staffId = Guid.NewGuid();
        var token = _host.Tokens.Issue(EvidenceHost.Tenant, "staff", staffId, ["verifier"], name: "verifikator1");

        using var response = await _host.DownloadAsync(uploaded.EvidenceId, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("halo", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var viewed = await probe.WaitForAsync<EvidenceViewed>(e => e.EvidenceId == uploaded.EvidenceId);
        Assert.Equal(staffId, viewed.ActorId);
        Assert.Equal("verifikator1", viewed.ActorName);
        Assert.Equal(EvidenceHost.Tenant, viewed.Tenant);
    }
}
