using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wbs.Intake.Apis;
using Wbs.Intake.Infrastructure;
using Wbs.Intake.Model;
using Wbs.Intake.Services;
using Wbs.ServiceDefaults.Tenancy;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>Forwarding is idempotent on its id, also when two deliveries of one forwarding race to create the report.</summary>
public sealed class ForwardingRaceTests(InfrastructureFixture infra)
{
    [Fact]
    public async Task A_forwarding_that_loses_the_race_answers_the_winners_report()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await IntakeHost.StartAsync(infra);
        using var submitted = await host.Client().PostAsJsonAsync("/api/banjarnegara/complaints", Samples.Complaint(), ct);
        var trackingNumber = (await submitted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("trackingNumber").GetString()!;
        var request = new ForwardedComplaintRequest(Guid.NewGuid(), "komdigi", new ReportContent("Diteruskan", "Uraian yang diteruskan", null, null, null, null));

        // The winner: the same forwarding's report written in a transaction that is not committed yet.
        await using var scope = host.Services.CreateAsyncScope();
        var winnerDb = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        await using var winnerTx = await winnerDb.Database.BeginTransactionAsync(ct);
        var source = await winnerDb.Complaints.AsNoTracking().SingleAsync(c => c.TrackingNumber == trackingNumber, ct);
        var winnerId = Guid.CreateVersion7();
        winnerDb.Complaints.Add(new Complaint
        {
            Id = winnerId,
            Tenant = "komdigi",
            TrackingNumber = "WBS-2026-999999",
            CodeDigest = source.CodeDigest,
            Category = source.Category,
            ReporterType = source.ReporterType,
            SealedContent = source.SealedContent,
            Completeness = source.Completeness,
            SubmittedAt = source.SubmittedAt,
            ResponseDueAt = source.ResponseDueAt,
            ForwardingId = request.ForwardingId,
        });
        await winnerDb.SaveChangesAsync(ct);

        // The loser does not see it, and its insert waits on the unique forwarding id until the winner commits.
        var loser = host.WithScopeAsync(services => services.GetRequiredService<ComplaintForwarder>().ForwardAsync(
            "banjarnegara", trackingNumber, services.GetRequiredService<TenantCatalog>().Find("komdigi")!, request, ct));
        await Eventually.TrueAsync(async () => loser.IsCompleted || await BlockedBackendsAsync(host.ConnectionString) > 0, what: "the second insert waiting on the first");
        Assert.False(loser.IsCompleted, "The second forwarding ended before the first committed.");
        await winnerTx.CommitAsync(ct);

        var outcome = await loser;
        Assert.NotNull(outcome);
        Assert.False(outcome.Created);
        Assert.Equal(new ForwardedComplaintResponse(winnerId, "WBS-2026-999999"), outcome.Answer);
        Assert.Equal(1, await host.WithDbAsync(db => db.Complaints.CountAsync(c => c.ForwardingId == request.ForwardingId, ct)));
    }

    private static async Task<long> BlockedBackendsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
