using Microsoft.EntityFrameworkCore;
using Wbs.Contracts;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// Evidence of a case is released only to staff CaseManagement says may see that case (asked with
/// the caller's own token); unattached uploads only to roles that see every case; without an answer
/// from CaseManagement nothing is released.
/// </summary>
public sealed class CaseAccessTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<(Guid ComplaintId, UploadResult File)> AttachedEvidenceAsync()
    {
        var file = await _host.UploadOkAsync("bukti.txt", "isi bukti kasus"u8.ToArray(), "text/plain");
        var complaintId = Guid.NewGuid();
        await _host.AttachAsync(complaintId, file.EvidenceId);
        return (complaintId, file);
    }

    private Task<int> ViewsRecordedAsync() => _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>()
        .CountAsync(m => m.Type == typeof(EvidenceViewed).FullName));

    [Fact]
    public async Task AssignedInvestigator_Downloads_WithTheirTokenForwarded()
    {
        var (complaintId, file) = await AttachedEvidenceAsync();
        var token = _host.StaffToken(roles: "investigator");
        _host.CaseManagement.OpenCase(complaintId, token);

        using var response = await _host.DownloadAsync(file.EvidenceId, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("isi bukti kasus", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var question = Assert.Single(_host.CaseManagement.Questions);
        Assert.Equal(new CaseManagementPeer.AccessQuestion(EvidenceHost.Tenant, complaintId, $"Bearer {token}"), question);
        Assert.Equal(1, await ViewsRecordedAsync());
    }

    [Fact]
    public async Task InvestigatorNotAssigned_Is403AndNothingReleasedOrAudited()
    {
        var (complaintId, file) = await AttachedEvidenceAsync();
        _host.CaseManagement.OpenCase(complaintId, _host.StaffToken(roles: "investigator"));

        using var response = await _host.DownloadAsync(file.EvidenceId, _host.StaffToken(roles: "investigator"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("not assigned", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await ViewsRecordedAsync());
        Assert.Empty(_host.ScratchFiles());
    }

    [Fact]
    public async Task CaseUnknownToCaseManagement_Is404EvenForAdmin()
    {
        var (_, file) = await AttachedEvidenceAsync();
        using var response = await _host.DownloadAsync(file.EvidenceId, _host.StaffToken(roles: "admin"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await ViewsRecordedAsync());
    }

    [Fact]
    public async Task UnattachedUpload_InvestigatorIs403_VerifierDownloads_WithoutAskingCaseManagement()
    {
        var file = await _host.UploadOkAsync("lepas.txt", "belum terlampir"u8.ToArray(), "text/plain");

        using (var investigator = await _host.DownloadAsync(file.EvidenceId, _host.StaffToken(roles: "investigator")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, investigator.StatusCode);
            Assert.Equal("application/problem+json", investigator.Content.Headers.ContentType!.MediaType);
        }
        foreach (var role in new[] { "admin", "supervisor", "verifier" })
        {
            using var response = await _host.DownloadAsync(file.EvidenceId, _host.StaffToken(roles: role));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Empty(_host.CaseManagement.Questions);
    }

    [Fact]
    public async Task CaseManagementUnreachable_Is503ProblemAndNothingReleased()
    {
        var (complaintId, file) = await AttachedEvidenceAsync();
        var token = _host.StaffToken(roles: "admin");
        _host.CaseManagement.OpenCase(complaintId, token);
        await _host.CaseManagement.StopAsync();

        using var response = await _host.DownloadAsync(file.EvidenceId, token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("isi bukti", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await ViewsRecordedAsync());
        Assert.Empty(_host.ScratchFiles());
    }

    [Fact]
    public async Task CaseManagementFailing_Is503()
    {
        var (complaintId, file) = await AttachedEvidenceAsync();
        var token = _host.StaffToken(roles: "verifier");
        _host.CaseManagement.OpenCase(complaintId, token);
        _host.CaseManagement.Available = false;

        using var response = await _host.DownloadAsync(file.EvidenceId, token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, await ViewsRecordedAsync());
    }
}
