using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wbs.CaseManagement.Infrastructure;
using Wbs.CaseManagement.Services;
using Wbs.Intake.Infrastructure;
using Wbs.ServiceDefaults.Tenancy;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>Retention: past the tenant's period a closed case's content, messages and identity are destroyed; its numbers stay.</summary>
public sealed class RetentionTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Tenant = "banjarnegara";
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Sweep_past_retention_leaves_nothing_decryptable_and_keeps_statistics_and_audits_it()
    {
        var submitted = await _platform.SubmitAsync(Tenant, new
        {
            reporterType = "external",
            category = "pengadaan",
            title = "Pengadaan fiktif alat tulis",
            what = "Belanja alat tulis dicatat tiga kali padahal barangnya tidak pernah datang.",
            identity = new { name = "Siti Aminah", contact = "siti@example.org" },
        });
        var trackingNumber = submitted.GetProperty("trackingNumber").GetString()!;
        var code = submitted.GetProperty("complaintCode").GetString()!;
        var admin = await _platform.SignInAsync(await _platform.CreateAsync(Tenant, ["admin"]));
        var supervisor = await _platform.SignInAsync(await _platform.CreateAsync(Tenant, ["supervisor"]));
        await Eventually.TrueAsync(async () => (await Send(HttpMethod.Get, $"/api/{Tenant}/cases/{trackingNumber}", admin)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await Send(HttpMethod.Post, $"/api/{Tenant}/cases/{trackingNumber}/messages", admin, new { body = "Mohon kirim bukti kuitansi." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await Send(HttpMethod.Post, $"/api/{Tenant}/cases/{trackingNumber}/transitions", admin, new { to = "rejected", reason = "Tidak cukup bukti." })).StatusCode);
        var before = await StatisticsAsync(admin);

        // Within the period nothing goes; only an admin runs it by hand.
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, $"/api/{Tenant}/retention/sweeps", supervisor)).StatusCode);
        var now = await Send(HttpMethod.Post, $"/api/{Tenant}/retention/sweeps", admin);
        Assert.Equal(0, (await now.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("destroyed").GetInt32());

        var years = _platform.CasesServices.GetRequiredService<TenantCatalog>().Find(Tenant)!.RetentionYears;
        Assert.Equal(1, await SweepAtAsync(DateTimeOffset.UtcNow.AddYears(years).AddDays(1)));

        // Intake shredded the report and the sealed identity: the content answers 410, the ciphertexts are gone.
        await Eventually.TrueAsync(async () =>
            (await _platform.SendAsync(_platform.Intake, HttpMethod.Get, $"/internal/{Tenant}/complaints/{trackingNumber}", admin)).StatusCode
                == HttpStatusCode.Gone, what: "Intake destroying the content");
        await using (var scope = _platform.IntakeServices.CreateAsyncScope())
        {
            var complaint = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Complaints.AsNoTracking()
                .SingleAsync(c => c.TrackingNumber == trackingNumber, TestContext.Current.CancellationToken);
            Assert.Null(complaint.SealedContent);
            Assert.Null(complaint.SealedIdentity);
            Assert.NotNull(complaint.ContentDestroyedAt);
        }
        await using (var scope = _platform.CasesServices.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.TrackingNumber == trackingNumber, TestContext.Current.CancellationToken);
            Assert.Equal("rejected", c.Status);
            Assert.Equal(0, await db.Messages.CountAsync(m => m.CaseId == c.Id, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Timeline.CountAsync(t => t.CaseId == c.Id && t.Text != null, TestContext.Current.CancellationToken));
        }

        // Staff still find the case, without content; the reporter's code still shows how it ended.
        var detail = await (await Send(HttpMethod.Get, $"/api/{Tenant}/cases/{trackingNumber}", admin))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("report").ValueKind);
        Assert.Equal(0, detail.GetProperty("messages").GetArrayLength());
        Assert.False(detail.GetProperty("hasSealedIdentity").GetBoolean());
        var reporter = await _platform.CodeTokenAsync(Tenant, code);
        var report = await (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports/{trackingNumber}", reporter))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("rejected", report.GetProperty("status").GetString());

        var after = await StatisticsAsync(admin);
        foreach (var field in new[] { "total", "byStatus", "byCategory", "byMonth", "byReporterType" })
        {
            Assert.Equal(before.GetProperty(field).GetRawText(), after.GetProperty(field).GetRawText());
        }
        var audit = await (await Send(HttpMethod.Get, $"/api/{Tenant}/audit?trackingNumber={trackingNumber}", admin))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "case.content_destroyed");

        // A second sweep finds nothing left to destroy.
        Assert.Equal(0, await SweepAtAsync(DateTimeOffset.UtcNow.AddYears(years).AddDays(2)));
    }

    private async Task<int> SweepAtAsync(DateTimeOffset at)
    {
        await using var scope = _platform.CasesServices.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var sweeper = new RetentionSweeper(services.GetRequiredService<CaseDbContext>(), services.GetRequiredService<AuditTrail>(),
            services.GetRequiredService<TenantCatalog>(), new TestClock(at), services.GetRequiredService<ILogger<RetentionSweeper>>());
        return await sweeper.SweepAsync(Tenant, TestContext.Current.CancellationToken);
    }

    private async Task<JsonElement> StatisticsAsync(string token) =>
        await (await Send(HttpMethod.Get, $"/api/{Tenant}/statistics", token)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, object? body = null) =>
        _platform.SendAsync(_platform.Cases, method, path, token, body);
}
