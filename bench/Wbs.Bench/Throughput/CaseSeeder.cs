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
                var year = 2020 + i % Years;
                var sequence = i / Years + 1;
                var submitted = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(sequence * 97L % 31_000_000);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(submitted), NpgsqlDbType.Uuid);
                await copy.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await copy.WriteAsync($"WBS-{year}-{sequence:D6}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(Categories[i % Categories.Length], NpgsqlDbType.Varchar);
                await copy.WriteAsync(i % 3 == 0 ? "internal" : "external", NpgsqlDbType.Varchar);
                await copy.WriteAsync("web", NpgsqlDbType.Varchar);
                await copy.WriteAsync(Statuses[i / 7 % Statuses.Length], NpgsqlDbType.Varchar);
                await copy.WriteAsync(submitted, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(submitted.AddDays(30), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(submitted, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            }
            await copy.CompleteAsync();
        }
        // A live system's autovacuum visits a table after this many inserts within a minute; measuring before it
        // did would time the heap look-ups of a not yet all-visible table, a state no running inbox stays in.
        await using (var analyze = new NpgsqlCommand("VACUUM (ANALYZE) cases", db) { CommandTimeout = 600 })
        {
            await analyze.ExecuteNonQueryAsync();
        }
        return watch.Elapsed;
    }

    /// <summary>A seeded tracking number, spread over the whole range.</summary>
    public static string TrackingNumber(int count, int i)
    {
        var n = (int)(i * 7919L % count);
        return $"WBS-{2020 + n % Years}-{n / Years + 1:D6}";
    }
}
