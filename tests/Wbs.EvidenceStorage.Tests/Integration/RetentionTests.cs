using Microsoft.EntityFrameworkCore;
using Wbs.Contracts;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>CaseContentExpired: the case's evidence loses its wrapped keys (rows) and its blobs; other files stay.</summary>
public sealed class RetentionTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CaseContentExpired_DeletesTheCasesKeysAndBlobsOnly()
    {
        var expired = await _host.UploadOkAsync("kuitansi.txt", "kuitansi palsu"u8.ToArray(), "text/plain");
        var kept = await _host.UploadOkAsync("lain.txt", "berkas lain"u8.ToArray(), "text/plain");
        var complaintId = Guid.NewGuid();
        await _host.AttachAsync(complaintId, expired.EvidenceId);
        await _host.AttachAsync(Guid.NewGuid(), kept.EvidenceId);
        var blobsBefore = _host.BlobFiles().Length;
        await using var probe = await BusProbe.StartAsync(_host.Amqp);

        await probe.PublishAsync(new CaseContentExpired
        {
            Tenant = EvidenceHost.Tenant,
            ComplaintId = complaintId,
            TrackingNumber = "WBS-2026-000042",
            EvidenceIds = [expired.EvidenceId],
            ExpiredAt = DateTimeOffset.UtcNow,
        });

        await Eventually.TrueAsync(async () => !await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == expired.EvidenceId)),
            what: "the expired file's row (its wrapped key) deleted");
        Assert.True(await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == kept.EvidenceId)));
        Assert.Equal(blobsBefore - 1, _host.BlobFiles().Length);
        using var download = await _host.DownloadAsync(expired.EvidenceId, _host.StaffToken(EvidenceHost.Tenant, "admin"));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }
}
