using Microsoft.EntityFrameworkCore;
using Wbs.EvidenceStorage.Infrastructure;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>Uploads never attached disappear after 24 hours of the (controlled) clock; attached ones stay.</summary>
public sealed class ExpiryTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UnattachedUpload_IsDeletedAfter24Hours_AttachedOneStays()
    {
        var orphan = await _host.UploadOkAsync("yatim.txt", "yatim"u8.ToArray(), "text/plain");
        var kept = await _host.UploadOkAsync("simpan.txt", "simpan"u8.ToArray(), "text/plain");
        await _host.AttachAsync(Guid.NewGuid(), kept.EvidenceId);
        Assert.Equal(2, _host.BlobFiles().Length);

        // 23 hours on: nothing expires yet.
        await _host.AdvanceAndSweepAsync(TimeSpan.FromHours(23));
        Assert.Equal(2, await _host.WithDbAsync(db => db.Evidence.CountAsync()));

        // Past 24 hours: the sweeper, woken by the clock, deletes the orphan and its blob.
        await Eventually.TrueAsync(async () =>
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(10));
            return !await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == orphan.EvidenceId));
        }, TimeSpan.FromSeconds(30), "the unattached upload to expire");

        Assert.True(await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == kept.EvidenceId)));
        var blob = Assert.Single(_host.BlobFiles());
        Assert.Contains(kept.EvidenceId.ToString("N"), blob);
        using var response = await _host.DownloadAsync(orphan.EvidenceId, _host.StaffToken(roles: "admin"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
