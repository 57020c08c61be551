using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Contracts;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Publishes outbox rows to RabbitMQ right after the commit that wrote them (signalled in-process)
/// and, as a safety net for rows of other instances or lost signals, on a short sweep. Rows are
/// claimed with a lease (<c>claimed_until</c>) in one statement, so no lock is held while the
/// broker is called and several dispatchers never publish the same row together; a row is marked
/// dispatched only after the broker accepted it. A row that can never be published is quarantined
/// and the rest flow on. The outbox row's id is the message id, which consumers use to drop redeliveries.
/// Each publish continues the trace of the work that wrote its row (<see cref="OutboxMessage.TraceParent"/>), so a
/// report's trace runs from the gateway through Intake to every consumer of its event.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, OutboxSignal<TContext> signal, OutboxMetrics metrics, IOptions<OutboxOptions> options,
    TimeProvider clock, ILogger<OutboxDispatcher<TContext>> logger)
    : BackgroundService where TContext : DbContext
{
    private static readonly ActivitySource Source = new(OutboxMetrics.MeterName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
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
            if (claimed < settings.BatchSize)
            {
                // Cancellation ends the loop without throwing: a dispatcher stopped on its own (not with the host)
                // that ends cancelled counts as failed, and BackgroundServiceExceptionBehavior.StopHost stops the service.
                await ((Task)signal.WaitAsync(settings.Sweep, stoppingToken)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Claims, publishes and marks one batch; answers how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();

        // The database's clock decides leases, so instances with drifting clocks agree on them.
        var lease = settings.Lease;
        var rows = await db.Set<OutboxMessage>().FromSql($"""
                UPDATE outbox_messages SET claimed_until = now() + {lease}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM outbox_messages
                    WHERE dispatched_at IS NULL AND quarantined_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                    ORDER BY occurred_at LIMIT {settings.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking().ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var published = new List<Guid>(rows.Count);
        var sends = new List<(OutboxMessage Row, Activity? Trace, Task Send)>(rows.Count);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.PublishTimeout);
        var batchActivity = Activity.Current;
        foreach (var row in rows.OrderBy(r => r.OccurredAt))
        {
            if (Read(row) is not { } message)
            {
                await QuarantineAsync(db, row, cancellationToken);
                continue;
            }
            // Published together: the broker confirms them in one round trip instead of one each. Each publish starts
            // under its row's trace (the send captures Activity.Current), and the batch's own is put back for the next row.
            var trace = ContinueTrace(row);
            sends.Add((row, trace, publisher.Publish(message.Body, message.Type, ctx => ctx.MessageId = row.Id, timeout.Token)));
            Activity.Current = batchActivity;
        }
        Exception? failure = null;
        foreach (var (row, trace, send) in sends)
        {
            try
            {
                await send;
                published.Add(row.Id);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure ??= ex;
                trace?.SetStatus(ActivityStatusCode.Error, "not accepted by the broker");
            }
            trace?.Dispose();
        }

        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>().Where(m => published.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, now).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
        metrics.Published(published.Count);
        if (failure is not null)
        {
            // The others go back at once; the broker is likely down, the caller backs off.
            var failed = sends.Select(s => s.Row.Id).Except(published).ToList();
            await db.Set<OutboxMessage>().Where(m => failed.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            throw new InvalidOperationException($"{failed.Count} outbox events were not accepted by the broker.", failure);
        }
        return rows.Count;
    }

    /// <summary>A span for the row's publish, child of the work that wrote the row; none for a row written outside a trace.</summary>
    private static Activity? ContinueTrace(OutboxMessage row) =>
        ActivityContext.TryParse(row.TraceParent, null, isRemote: true, out var parent)
            ? Source.StartActivity("outbox dispatch", ActivityKind.Internal, parent)
            : null;

    private static (object Body, Type Type)? Read(OutboxMessage row)
    {
        var type = typeof(ComplaintSubmitted).Assembly.GetType(row.Type);
        if (type is null)
        {
            row.LastError = "unknown event type";
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(row.Body, type, OutboxModelExtensions.Json) is { } body ? (body, type) : null;
        }
        catch (JsonException)
        {
            row.LastError = "body is not valid JSON for its type";
            return null;
        }
    }

    private async Task QuarantineAsync(TContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var error = row.LastError ?? "body is empty";
        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>().Where(m => m.Id == row.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.QuarantinedAt, now).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        metrics.Quarantined();
        logger.LogError("Outbox row {OutboxId} of type {Type} cannot be published ({Reason}); quarantined", row.Id, row.Type, error);
    }
}
