using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Intake.Infrastructure;
using Wbs.ServiceDefaults.Security;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>
/// Online key rotation: a new content key is put first in the ring file while Intake runs, the report written
/// before is re-wrapped under it, and after the old key is retired the report still reads.
/// </summary>
public sealed class KeyRotationTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wbs-keys-").FullName;
    private IntakeHost _host = null!;
    private string _ring = null!;

    public async ValueTask InitializeAsync()
    {
        _ring = Path.Combine(_folder, "keys-content");
        File.WriteAllText(_ring, TestKeys.NewKey());
        _host = await IntakeHost.StartAsync(infra, extra: new()
        {
            ["Security:Keys:Content"] = null,
            ["Security:KeyFiles:Content"] = _ring,
            ["Security:RewrapInterval"] = "01:00:00",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_report_written_before_a_rotation_is_read_after_it_with_the_old_key_retired()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await (await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint("rotasi kunci"), ct)).ReadJsonAsync();
        var trackingNumber = created.GetProperty("trackingNumber").GetString()!;
        var complaintId = created.GetProperty("complaintId").GetGuid();
        var oldKey = File.ReadAllText(_ring).Trim();
        var newKey = TestKeys.NewKey();

        File.WriteAllText(_ring, $"{newKey}\n{oldKey}\n");
        await using (var scope = _host.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<KeyRewrapper<IntakeDbContext>>().RewrapAsync(ct) >= 1);
        }
        File.WriteAllText(_ring, newKey);

        var row = await _host.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == complaintId, ct));
        Assert.Equal(KeyRing.IdOf(Convert.FromBase64String(newKey)), EnvelopeCipher.KeyIdOf(row.SealedContent!));
        Assert.Equal(KeyRing.IdOf(Convert.FromBase64String(newKey)), EnvelopeCipher.KeyIdOf(row.SealedTitle!));
        // The reporter's read through the web app (a staff read would also ask CaseManagement for access).
        var reporter = _host.Client(_host.Tokens.Issue("banjarnegara", "code", complaintId, complaintId: complaintId, trackingNumber: trackingNumber))
            .AsService(_host.Tokens.IssueService("web"));
        var read = await reporter.GetAsync($"/internal/banjarnegara/complaints/{trackingNumber}", ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Terjadi rotasi kunci pada kegiatan", (await read.ReadJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task Without_the_key_it_was_sealed_under_a_report_does_not_open()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await (await _host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint("kunci hilang"), ct)).ReadJsonAsync();
        var complaintId = created.GetProperty("complaintId").GetGuid();

        File.WriteAllText(_ring, TestKeys.NewKey());

        var row = await _host.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == complaintId, ct));
        var sealer = _host.Factory.Services.GetRequiredService<ComplaintSealer>();
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => sealer.OpenContent(row));
    }
}
