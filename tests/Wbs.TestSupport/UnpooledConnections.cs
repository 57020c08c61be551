using Aspire.Hosting.Testing;
using Npgsql;

namespace Wbs.TestSupport;

/// <summary>
/// Connection strings for tests and the bench that read PostgreSQL directly, without Npgsql's pool: SelfHealingTests
/// kills PostgreSQL in the same system, and a pooled connection to the killed server fails its first command
/// ("terminating connection due to unexpected postmaster exit"); the bench reads statistics once in a while.
/// </summary>
public static class UnpooledConnections
{
    /// <param name="database">A database resource's name, or <c>postgres</c> for the server's superuser.</param>
    public static async Task<string> UnpooledConnectionStringAsync(this AppHostFixture system, string database, CancellationToken ct = default) =>
        new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(database, ct)
            ?? throw new InvalidOperationException($"No connection string for {database}.")) { Pooling = false }.ConnectionString;
}
