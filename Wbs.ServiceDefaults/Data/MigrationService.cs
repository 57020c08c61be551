using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations in <see cref="IHostedLifecycleService.StartingAsync"/>, which runs
/// before any hosted service (Kestrel included) starts. EF Core takes a database lock while it
/// migrates, so several instances starting together are safe.
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

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
