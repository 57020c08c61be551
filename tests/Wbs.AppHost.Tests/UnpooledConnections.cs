using Aspire.Hosting.Testing;
using Npgsql;

namespace Wbs.AppHost.Tests;

/// <summary>
/// Connection strings for tests that read PostgreSQL directly, without Npgsql's pool: SelfHealingTests kills PostgreSQL
/// in this same system, and a pooled connection to the killed server fails its first command ("terminating connection
/// due to unexpected postmaster exit").
/// </summary>
public static class UnpooledConnections
{
    public static async Task<string> UnpooledConnectionStringAsync(this AppHostFixture system, string database, CancellationToken ct) =>
        new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(database, ct)) { Pooling = false }.ConnectionString;
}
