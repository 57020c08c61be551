using Npgsql;
using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>
/// Commits and rows written so far in each database of the system (<c>pg_stat_database</c>, read as the PostgreSQL
/// resource's superuser), so a load's database work can be put per request: which service's transactions PostgreSQL's
/// share of the cores goes to.
/// </summary>
public sealed record DatabaseActivity(Dictionary<string, DatabaseActivity.Work> ByDatabase)
{
    public sealed record Work(long Commits, long RowsWritten);

    public static async Task<DatabaseActivity> ReadAsync(AppHostFixture system)
    {
        await using var db = new NpgsqlConnection(await system.UnpooledConnectionStringAsync("postgres"));
        await db.OpenAsync();
        // Statistics are sent by each backend at its transaction's end and at most once a second; clear this backend's
        // cached snapshot so that the reading is current.
        await using var command = new NpgsqlCommand("""
            SELECT pg_stat_clear_snapshot();
            SELECT datname, xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname LIKE '%db'
            """, db);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        var work = new Dictionary<string, Work>();
        while (await reader.ReadAsync())
        {
            work[reader.GetString(0)] = new Work(reader.GetInt64(1), reader.GetInt64(2));
        }
        return new DatabaseActivity(work);
    }

    /// <summary>What each database did between <paramref name="before"/> and this reading, busiest first.</summary>
    public List<(string Database, Work Work)> Since(DatabaseActivity before) =>
    [
        .. ByDatabase.Select(d => (d.Key, new Work(
                d.Value.Commits - before.ByDatabase.GetValueOrDefault(d.Key)?.Commits ?? 0,
                d.Value.RowsWritten - before.ByDatabase.GetValueOrDefault(d.Key)?.RowsWritten ?? 0)))
            .OrderByDescending(d => d.Item2.Commits),
    ];
}
