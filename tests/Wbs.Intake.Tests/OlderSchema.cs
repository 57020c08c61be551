using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Wbs.Intake.Infrastructure;
using Wbs.ServiceDefaults.Data;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>A fresh Intake database migrated up to an older migration only: rows are written as an earlier release wrote them, then migrated.</summary>
public sealed class OlderSchema : IAsyncDisposable
{
    private OlderSchema(string connectionString)
    {
        ConnectionString = connectionString;
        Db = new IntakeDbContext(new DbContextOptionsBuilder<IntakeDbContext>().UseNpgsql(connectionString).UseWbsConventions().Options);
    }

    public string ConnectionString { get; }

    /// <summary>The context of the latest model: use it once <see cref="MigrateToLatestAsync"/> has run.</summary>
    public IntakeDbContext Db { get; }

    public static async Task<OlderSchema> AtAsync(InfrastructureFixture infra, string migration)
    {
        var schema = new OlderSchema(await infra.CreateDatabaseAsync("intake"));
        await schema.Db.GetService<IMigrator>().MigrateAsync(migration, TestContext.Current.CancellationToken);
        return schema;
    }

    /// <summary>Runs one statement of the older schema's SQL; it must change exactly one row.</summary>
    public async Task InsertAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }

    public Task MigrateToLatestAsync() => Db.GetService<IMigrator>().MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
