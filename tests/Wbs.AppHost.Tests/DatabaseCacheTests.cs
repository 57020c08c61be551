using Aspire.Hosting.Testing;
using Npgsql;

namespace Wbs.AppHost.Tests;

/// <summary>PostgreSQL keeps a large tenant's pages in its own cache, and gets that cache back after a restart.</summary>
[Collection(SystemCollection.Name)]
public sealed class DatabaseCacheTests(AppHostFixture system)
{
    [Fact]
    public async Task The_server_caches_a_quarter_of_the_memory_and_loads_the_worker_that_restores_its_cache_after_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = new NpgsqlConnection(await system.UnpooledConnectionStringAsync("intakedb", ct));
        await db.OpenAsync(ct);
        await using var settings = new NpgsqlCommand("""
            SELECT (SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'),
                   (SELECT setting FROM pg_settings WHERE name = 'pg_prewarm.autoprewarm')
            """, db);
        await using var row = await settings.ExecuteReaderAsync(ct);
        Assert.True(await row.ReadAsync(ct));

        var quarter = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4;
        Assert.Equal(Math.Clamp(quarter, 128L << 20, 4L << 30) >> 20, row.GetInt64(0) >> 20);
        // The setting exists only where pg_prewarm was loaded at start (this session did not load it), and is on.
        Assert.Equal("on", row.IsDBNull(1) ? null : row.GetString(1));
    }
}
