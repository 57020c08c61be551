using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// A file's original name can say who took it or where: it is sealed at rest like the file, leaves the service only
/// to staff (the download) and to CaseManagement over HTTP (to show staff and the reporter), and a name stored in
/// the clear by an earlier version is sealed at start.
/// </summary>
public sealed class FileNameTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Name = "rekaman-Budi-Santoso-Kantor-Camat.txt";
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Name_IsSealedAtRest_AndStaffDownloadItUnderIt()
    {
        var uploaded = await _host.UploadOkAsync(Name, "isi"u8.ToArray(), "text/plain");
        Assert.Equal(Name, uploaded.FileName);

        var row = await _host.WithDbAsync(db => db.Evidence.AsNoTracking().SingleAsync(e => e.Id == uploaded.EvidenceId));
        Assert.Null(row.PlainFileName);
        Assert.NotNull(row.SealedFileName);
        Assert.False(SampleFiles.Contains(row.SealedFileName, "Budi"), "the sealed name holds the name in the clear");
        Assert.Equal(0, await _host.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM evidence_files WHERE file_name IS NOT NULL").SingleAsync()));

        using var download = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(roles: "verifier"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Name, download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task Names_AreGivenToCaseManagement_ForTheReportsOwnFilesOnly()
    {
        var attached = await _host.UploadOkAsync(Name, "isi"u8.ToArray(), "text/plain");
        var loose = await _host.UploadOkAsync("lain.txt", "isi"u8.ToArray(), "text/plain");
        var complaintId = Guid.NewGuid();
        await _host.AttachAsync(complaintId, attached.EvidenceId);

        using var answer = await NamesAsync("casemanagement", complaintId, attached.EvidenceId, loose.EvidenceId);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var files = (await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("files");
        var file = Assert.Single(files.EnumerateArray());
        Assert.Equal(attached.EvidenceId, file.GetProperty("evidenceId").GetGuid());
        Assert.Equal(Name, file.GetProperty("fileName").GetString());

        using var intake = await NamesAsync("intake", complaintId, attached.EvidenceId);
        Assert.Equal(HttpStatusCode.Forbidden, intake.StatusCode);
    }

    [Fact]
    public async Task NameStoredInTheClearBefore_IsSealedByTheJob_AndStillShown()
    {
        var uploaded = await _host.UploadOkAsync("baru.txt", "isi"u8.ToArray(), "text/plain");
        await _host.WithDbAsync(db => db.Evidence.Where(e => e.Id == uploaded.EvidenceId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.PlainFileName, Name).SetProperty(e => e.SealedFileName, (byte[]?)null)));

        var sealedCount = await _host.Services.GetRequiredService<FileNameSealing>().SealPlainNamesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, sealedCount);
        var row = await _host.WithDbAsync(db => db.Evidence.AsNoTracking().SingleAsync(e => e.Id == uploaded.EvidenceId));
        Assert.Null(row.PlainFileName);
        Assert.False(SampleFiles.Contains(row.SealedFileName!, "Budi"));
        using var download = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(roles: "verifier"));
        Assert.Equal(Name, download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }

    private async Task<HttpResponseMessage> NamesAsync(string service, Guid complaintId, params Guid[] evidenceIds)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/{EvidenceHost.Tenant}/evidence/names")
        {
            Content = JsonContent.Create(new { complaintId, evidenceIds }),
        };
        return await _host.Client.SendAsync(request.AsService(_host.Tokens.IssueService(service)), TestContext.Current.CancellationToken);
    }
}
