using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Wbs.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations in <see cref="IHostedLifecycleService.StartingAsync"/>, which runs
/// before any hosted service (Kestrel included) starts. EF Core takes a database lock while it
/// migrates, so several instances starting together are safe.
/// The history table is created first: on a fresh database EF Core's migrator reads it before creating it and logs that
/// expected failure as an error (dotnet/efcore#37328), a red mark on every service of a healthy first start.
/// </summary>
public sealed class MigrationService<TContext>(IServiceProvider services, ILogger<MigrationService<TContext>> logger)
    : IHostedLifecycleService where TContext : DbContext
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CreateHistoryTableAsync(db, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database schema of {Context} is up to date", typeof(TContext).Name);
                return;
            }
            catch (Npgsql.NpgsqlException ex) when (attempt < 10 && ex.IsTransient)
            {
                logger.LogWarning("Database not reachable yet (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    private static async Task CreateHistoryTableAsync(TContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DuplicateTable)
        {
            // Another instance created it at the same moment (IF NOT EXISTS does not guard against a concurrent CREATE).
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
