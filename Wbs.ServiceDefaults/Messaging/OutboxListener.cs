using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Wakes this instance's dispatcher when any instance committed outbox rows to the same database:
/// <c>LISTEN</c> on one dedicated connection. If the connection drops it is opened again; meanwhile
/// the sweep still finds every row.
/// </summary>
public sealed class OutboxListener<TContext>(IServiceScopeFactory scopes, OutboxSignal<TContext> signal,
    ILogger<OutboxListener<TContext>> logger) : BackgroundService where TContext : DbContext
{
    /// <summary>The PostgreSQL channel every outbox commit is announced on (channels are per database).</summary>
    public const string Channel = "wbs_outbox";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ConnectionString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, _) => signal.Notify();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                // Rows committed while no one listened are picked up at once.
                signal.Notify();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or TimeoutException)
            {
                logger.LogWarning(ex, "Outbox listener lost its connection; the sweep covers the gap until it is back");
                await Task.Delay(Reconnect, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private string ConnectionString()
    {
        using var scope = scopes.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");
        // A connection of its own, outside the pool: it stays open and listening for the life of the service.
        return new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
    }
}
