using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// A forwarding to another tenant copies the chosen evidence (<c>POST /internal/{tenant}/evidence/copies</c>, CaseManagement
/// only): the destination's report gets its own sealed copy with the same bytes, the source keeps its file, a repeated call
/// copies nothing twice, and an id that is not the report's copies nothing.
/// </summary>
public sealed class CopyTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private static readonly byte[] Letter = "Surat pengaduan: daftar hadir panitia lelang, 3 Maret 2026.\n"u8.ToArray();
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Chosen_evidence_is_copied_to_the_destination_report_and_stays_at_the_source()
    {
        var (source, destination) = (Guid.NewGuid(), Guid.NewGuid());
        var shared = await _host.UploadOkAsync("surat.txt", Letter, "text/plain");
        var notShared = await _host.UploadOkAsync("catatan.txt", "catatan internal"u8.ToArray(), "text/plain");
        await _host.AttachAsync(source, shared.EvidenceId, notShared.EvidenceId);

        using var copied = await CopyAsync(source, destination, shared.EvidenceId);
        using var again = await CopyAsync(source, destination, shared.EvidenceId);

        Assert.True(copied.StatusCode == HttpStatusCode.OK, await copied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var copy = Assert.Single((await copied.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("attached").EnumerateArray());
        var copyId = copy.GetProperty("evidenceId").GetGuid();
        Assert.NotEqual(shared.EvidenceId, copyId);
        Assert.False(copy.TryGetProperty("fileName", out _), "names stay sealed in EvidenceStorage");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(copyId, (await again.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("attached")[0].GetProperty("evidenceId").GetGuid());
        var atDestination = await _host.WithDbAsync(db => db.Evidence.Where(e => e.ComplaintId == destination).ToListAsync());
        var row = Assert.Single(atDestination);
        Assert.Equal((EvidenceHost.OtherTenant, copyId, shared.Sha256), (row.Tenant, row.Id, row.Sha256));

        // The destination's staff read the same bytes from their copy; the source's staff still read their own file.
        var destinationStaff = _host.StaffToken(EvidenceHost.OtherTenant);
        var sourceStaff = _host.StaffToken();
        _host.CaseManagement.OpenCase(destination, destinationStaff);
        _host.CaseManagement.OpenCase(source, sourceStaff);
        using var readThere = await _host.DownloadAsync(copyId, destinationStaff, EvidenceHost.OtherTenant);
        Assert.Equal(HttpStatusCode.OK, readThere.StatusCode);
        Assert.Equal(Letter, await readThere.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("surat.txt", readThere.Content.Headers.ContentDisposition!.FileNameStar ?? readThere.Content.Headers.ContentDisposition.FileName);
        using var readHere = await _host.DownloadAsync(shared.EvidenceId, sourceStaff);
        Assert.Equal(HttpStatusCode.OK, readHere.StatusCode);
        Assert.Equal(Letter, await readHere.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Evidence_that_is_not_the_reports_copies_nothing()
    {
        var (source, destination) = (Guid.NewGuid(), Guid.NewGuid());
        var own = await _host.UploadOkAsync("surat.txt", Letter, "text/plain");
        var elsewhere = await _host.UploadOkAsync("lain.txt", Letter, "text/plain");
        await _host.AttachAsync(source, own.EvidenceId);
        await _host.AttachAsync(Guid.NewGuid(), elsewhere.EvidenceId);

        using var refused = await CopyAsync(source, destination, own.EvidenceId, elsewhere.EvidenceId);
        using var asIntake = await CopyAsync(source, destination, "intake", own.EvidenceId);

        Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, asIntake.StatusCode);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Evidence.CountAsync(e => e.ComplaintId == destination)));
    }

    private Task<HttpResponseMessage> CopyAsync(Guid source, Guid destination, params Guid[] ids) => CopyAsync(source, destination, "casemanagement", ids);

    private Task<HttpResponseMessage> CopyAsync(Guid source, Guid destination, string service, params Guid[] ids)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/{EvidenceHost.Tenant}/evidence/copies")
        {
            Content = JsonContent.Create(new
            {
                complaintId = source, evidenceIds = ids, destinationTenant = EvidenceHost.OtherTenant,
                destinationComplaintId = destination, destinationTrackingNumber = "WBS-2026-000007",
            }),
        };
        return _host.Client.SendAsync(request.AsService(_host.Tokens.IssueService(service)), TestContext.Current.CancellationToken);
    }
}
