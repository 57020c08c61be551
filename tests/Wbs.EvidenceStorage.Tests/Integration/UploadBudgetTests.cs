using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// Anonymous uploads not yet named by a report are bounded per tenant; uploads a report reserved at
/// submission leave the budget, cannot expire or be taken by another report.
/// </summary>
public sealed class UploadBudgetTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra, new Dictionary<string, string?>
    {
        ["Evidence:UnattachedFilesPerTenant"] = "3",
        ["Evidence:UnattachedBytesPerTenant"] = "1000000",
        ["Evidence:PressureThreshold"] = "0.5",
        ["Evidence:PressureLifetime"] = "01:00:00",
        ["Evidence:SweepInterval"] = "1.00:00:00",
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private Task<UploadResult> UploadAsync(string tenant = EvidenceHost.Tenant) =>
        _host.UploadOkAsync("catatan.txt", Encoding.UTF8.GetBytes($"catatan {Guid.NewGuid()}"), "text/plain", tenant);

    private async Task<IReadOnlyList<Guid>> ReserveAsync(Guid complaintId, params Guid[] evidenceIds)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/{EvidenceHost.Tenant}/evidence/reservations")
        {
            Content = JsonContent.Create(new { complaintId, evidenceIds }),
        };
        using var response = await _host.Client.SendAsync(request.AsService(_host.Tokens.IssueService("intake")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ReserveAnswer>(TestContext.Current.CancellationToken);
        return body!.Invalid;
    }

    private sealed record ReserveAnswer(IReadOnlyList<Guid> Invalid);

    /// <summary>A sweep now, for moves shorter than the sweep interval (a day), which wake no background sweep.</summary>
    private async Task<int> SweepAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvidenceExpiry>().DeleteExpiredAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task FullBudget_RefusesFurtherUploads429_OtherTenantAndReservedEvidenceUnaffected()
    {
        var first = await UploadAsync();
        await UploadAsync();
        await UploadAsync();

        using var refused = await _host.UploadAsync("lagi.txt", "lagi"u8.ToArray(), "text/plain");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("penuh", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, await _host.WithDbAsync(db => db.Evidence.CountAsync(e => e.Tenant == EvidenceHost.Tenant)));

        // Another agency uploads as usual.
        await UploadAsync(EvidenceHost.OtherTenant);

        // A report submitted with evidence uploaded earlier still gets it; reserved uploads leave the budget.
        var complaintId = Guid.NewGuid();
        Assert.Empty(await ReserveAsync(complaintId, first.EvidenceId));
        await _host.AttachAsync(complaintId, first.EvidenceId);
        await UploadAsync();
    }

    [Fact]
    public async Task ReservedEvidence_SurvivesAnExpirySweepRightAfter_AndCannotBeTakenByAnotherReport()
    {
        var reserved = await UploadAsync();
        var orphan = await UploadAsync();
        var complaintId = Guid.NewGuid();
        Assert.Empty(await ReserveAsync(complaintId, reserved.EvidenceId));

        // Past the sweep interval the clock wakes the background sweeper, the only one that sweeps here.
        await _host.AdvanceAndSweepAsync(TimeSpan.FromHours(25));

        Assert.True(await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == reserved.EvidenceId)));
        Assert.False(await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == orphan.EvidenceId)));
        Assert.Equal([reserved.EvidenceId], await ReserveAsync(Guid.NewGuid(), reserved.EvidenceId));
        // The report it was reserved for attaches it whenever its event arrives.
        await _host.AttachAsync(complaintId, reserved.EvidenceId);
        Assert.Equal(complaintId, await _host.WithDbAsync(db => db.Evidence.Where(e => e.Id == reserved.EvidenceId).Select(e => e.ComplaintId).SingleAsync()));
    }

    [Fact]
    public async Task Reservation_IsAllOrNothing()
    {
        var free = await UploadAsync();
        var unknown = Guid.NewGuid();

        Assert.Equal([unknown], await ReserveAsync(Guid.NewGuid(), free.EvidenceId, unknown));

        Assert.Null(await _host.WithDbAsync(db => db.Evidence.Where(e => e.Id == free.EvidenceId).Select(e => e.ReservedFor).SingleAsync()));
    }

    [Fact]
    public async Task UnderPressure_UnattachedUploadsExpireSooner()
    {
        var early = await UploadAsync();
        await UploadAsync();

        // Two of three slots used (over half): an hour is all an unattached upload gets, not a day.
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await SweepAsync();
        Assert.False(await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == early.EvidenceId)));
    }

    [Fact]
    public async Task WithoutPressure_UnattachedUploadsKeepTheirDay()
    {
        var upload = await UploadAsync();

        _host.Clock.Advance(TimeSpan.FromHours(2));
        await SweepAsync();
        Assert.True(await _host.WithDbAsync(db => db.Evidence.AnyAsync(e => e.Id == upload.EvidenceId)));
    }
}
