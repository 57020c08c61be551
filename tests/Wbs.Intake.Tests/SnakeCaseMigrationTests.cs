using Wbs.Intake.Model;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>The migration to snake_case column names keeps the reports and tenant profiles written under the old names.</summary>
public sealed class SnakeCaseMigrationTests(InfrastructureFixture infra)
{
    private const string LastOldSchema = "20261204161958_TenantRegistry";

    [Fact]
    public async Task A_report_written_under_the_old_column_names_is_read_after_the_rename()
    {
        await using var schema = await OlderSchema.AtAsync(infra, LastOldSchema);
        var db = schema.Db;
        var id = Guid.CreateVersion7();
        var evidence = Guid.CreateVersion7();
        var submittedAt = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        await schema.InsertAsync("""
            INSERT INTO complaints ("Id", "Tenant", "TrackingNumber", "CodeDigest", "Category", "ReporterType",
                "SealedContent", "EvidenceIds", "Channel", "SubmittedAt", "ResponseDueAt",
                has_what, has_where, has_when, has_who, has_how)
            VALUES (@id, 'banjarnegara', 'WBS-BNA-2026-000042', 'digest-42', 'pelayanan_publik', 'external',
                '\x0102'::bytea, ARRAY[@evidence], 'letter', @at, @at + interval '30 days',
                true, true, false, true, false)
            """, ("id", id), ("evidence", evidence), ("at", submittedAt));
        await schema.InsertAsync("""
            INSERT INTO tenant_records ("Slug", "Kind", "Profile", "Version", "UpdatedAt")
            VALUES ('kabupaten-contoh', 'agency', '{"name":"Kabupaten Contoh"}'::jsonb, 3, @at)
            """, ("at", submittedAt));

        await schema.MigrateToLatestAsync();

        var complaint = await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal("WBS-BNA-2026-000042", complaint.TrackingNumber);
        Assert.Equal("digest-42", complaint.CodeDigest);
        Assert.Equal("letter", complaint.Channel);
        Assert.Equal(submittedAt, complaint.SubmittedAt);
        Assert.Equal([evidence], complaint.EvidenceIds);
        Assert.Equal(new byte[] { 1, 2 }, complaint.SealedContent);
        Assert.Equal(new Completeness(true, true, false, true, false), complaint.Completeness);
        var record = await db.TenantRecords.AsNoTracking().SingleAsync(t => t.Slug == "kabupaten-contoh", TestContext.Current.CancellationToken);
        Assert.Equal(("agency", 3L, submittedAt), (record.Kind, record.Version, record.UpdatedAt));
        Assert.Contains("Kabupaten Contoh", record.Profile, StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
