using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Publishes outbox rows to RabbitMQ. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> inside a
/// transaction, so several instances never publish the same row together; a row is marked
/// dispatched only after the broker accepted it. While the broker is down rows simply wait.
/// The outbox row's id is the message id, which consumers use to drop redeliveries.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxDispatcher<TContext>> logger)
    : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox dispatch failed; the events stay queued and are retried");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            if (published < BatchSize)
            {
                await Task.Delay(Idle, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE dispatched_at IS NULL ORDER BY occurred_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        foreach (var row in rows)
        {
            var type = typeof(ComplaintSubmitted).Assembly.GetType(row.Type);
            if (type is null)
            {
                logger.LogError("Outbox row {OutboxId} has unknown event type {Type}; skipped", row.Id, row.Type);
                row.Attempts++;
                continue;
            }
            var message = JsonSerializer.Deserialize(row.Body, type, OutboxModelExtensions.Json)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            await publisher.Publish(message, type, ctx => ctx.MessageId = row.Id, timeout.Token);
            row.DispatchedAt = clock.GetUtcNow();
            row.Attempts++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
