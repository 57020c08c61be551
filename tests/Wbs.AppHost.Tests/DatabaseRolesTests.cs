using Aspire.Hosting.Testing;
using Npgsql;

namespace Wbs.AppHost.Tests;

/// <summary>Each service logs in to PostgreSQL as its own role, which owns its database and can reach no other.</summary>
[Collection(SystemCollection.Name)]
public sealed class DatabaseRolesTests(AppHostFixture system)
{
    [Fact]
    public async Task A_service_role_owns_its_database_is_no_superuser_and_cannot_connect_to_another_services_database()
    {
        var ct = TestContext.Current.CancellationToken;
        var intake = await system.UnpooledConnectionStringAsync("intakedb", ct);
        var cases = await system.App.GetConnectionStringAsync("casemanagementdb", ct);

        await using (var own = new NpgsqlConnection(intake))
        {
            await own.OpenAsync(ct);
            await using var who = new NpgsqlCommand(
                "SELECT current_user, r.rolsuper, r.rolcreatedb, r.rolcreaterole, (SELECT count(*) FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner <> current_user) " +
                "FROM pg_roles r WHERE r.rolname = current_user", own);
            await using var row = await who.ExecuteReaderAsync(ct);
            Assert.True(await row.ReadAsync(ct));
            Assert.Equal("intakedb", row.GetString(0));
            Assert.False(row.GetBoolean(1));
            Assert.False(row.GetBoolean(2));
            Assert.False(row.GetBoolean(3));
            Assert.Equal(0, row.GetInt64(4));
        }

        var crossing = new NpgsqlConnectionStringBuilder(intake) { Database = new NpgsqlConnectionStringBuilder(cases).Database };
        await using var other = new NpgsqlConnection(crossing.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => other.OpenAsync(ct));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}
