using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Wbs.Bench.Throughput;

/// <summary>
/// Fills CaseManagement's <c>cases</c> table of one tenant with many closed-and-open cases through
/// COPY (Npgsql binary import): a million rows take seconds, not the hours the API would.
/// Seeded tracking numbers use the years 2020–2025, so they never meet a real one.
/// </summary>
public static class CaseSeeder
{
    private static readonly string[] Statuses = ["closed", "closed", "closed", "rejected", "received", "in_verification", "needs_information", "in_follow_up"];
    private static readonly string[] Categories = ["korupsi", "pelayanan_publik", "pengadaan", "kepegawaian"];
    private const int Years = 6;

    public static async Task<TimeSpan> SeedAsync(string connectionString, string tenant, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using (var copy = await db.BeginBinaryImportAsync("""
            COPY cases (id, tenant, tracking_number, category, reporter_type, channel, status, submitted_at, response_due_at,
                        last_update_at, has_sealed_identity) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < count; i++)
            {
                var row = Row(i);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(row.SubmittedAt), NpgsqlDbType.Uuid);
                await copy.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.TrackingNumber, NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.Category, NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.ReporterType, NpgsqlDbType.Varchar);
                await copy.WriteAsync("web", NpgsqlDbType.Varchar);
                await copy.WriteAsync(Statuses[i / 7 % Statuses.Length], NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.SubmittedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(row.SubmittedAt.AddDays(30), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(row.SubmittedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            }
            await copy.CompleteAsync();
        }
        // Every seeded case is past its deadline, and a tenant that size reminded staff of its overdue cases long ago: without
        // these rows the SLA scanner would publish half a million reminders in the middle of the measurement.
        await using (var reminded = new NpgsqlCommand("""
            INSERT INTO sla_reminders (case_id, stage, sent_at)
            SELECT id, 'overdue', response_due_at FROM cases
            WHERE tenant = $1 AND status NOT IN ('closed', 'rejected') AND response_due_at < now()
            ON CONFLICT DO NOTHING
            """, db) { CommandTimeout = 600, Parameters = { new() { Value = tenant } } })
        {
            await reminded.ExecuteNonQueryAsync();
        }
        // A live system's autovacuum visits a table after this many inserts within a minute; measuring before it
        // did would time the heap look-ups of a not yet all-visible table, a state no running inbox stays in.
        foreach (var table in new[] { "cases", "sla_reminders" })
        {
            await using var analyze = new NpgsqlCommand($"VACUUM (ANALYZE) {table}", db) { CommandTimeout = 600 };
            await analyze.ExecuteNonQueryAsync();
        }
        return watch.Elapsed;
    }

    /// <summary>Seeded case <paramref name="i"/>: the same on every run, and for Intake's report behind it (<see cref="ComplaintSeeder"/>).</summary>
    public static SeededCase Row(int i)
    {
        var year = 2020 + i % Years;
        var sequence = i / Years + 1;
        return new($"WBS-{year}-{sequence:D6}", new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(sequence * 97L % 31_000_000),
            Categories[i % Categories.Length], i % 3 == 0 ? "internal" : "external");
    }

    public sealed record SeededCase(string TrackingNumber, DateTime SubmittedAt, string Category, string ReporterType);

    /// <summary>A seeded tracking number, spread over the whole range.</summary>
    public static string TrackingNumber(int count, int i)
    {
        var n = (int)(i * 7919L % count);
        return $"WBS-{2020 + n % Years}-{n / Years + 1:D6}";
    }
}
