using Npgsql;

namespace Wbs.Bench.Throughput;

/// <summary>
/// Loads seeded tables and their indexes into PostgreSQL's own cache, as a system that has been running holds them. COPY and
/// VACUUM go through a small ring of buffers and leave nothing cached, so without this the first search of every word pair
/// would read its thousand pages from the operating system, a state no running inbox stays in (pg_prewarm's worker even
/// restores the cache after a restart). Run as the superuser: the extension is created in the database if missing.
/// </summary>
public static class CacheWarmer
{
    /// <param name="serverConnectionString">The PostgreSQL resource's own connection string, the superuser's.</param>
    /// <returns>How many pages were loaded.</returns>
    public static async Task<long> WarmAsync(string serverConnectionString, string database, params string[] tables)
    {
        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database };
        await using var db = new NpgsqlConnection(admin.ConnectionString);
        await db.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_prewarm", db))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using var warm = new NpgsqlCommand("""
            SELECT coalesce(sum(pg_prewarm(r.oid)), 0)::bigint FROM pg_class r
            WHERE r.oid = ANY($1::regclass[]) OR r.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = ANY($1::regclass[]))
            """, db) { CommandTimeout = 600, Parameters = { new() { Value = tables } } };
        return (long)(await warm.ExecuteScalarAsync() ?? 0L);
    }
}
