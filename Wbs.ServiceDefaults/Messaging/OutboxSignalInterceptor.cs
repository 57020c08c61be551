using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wbs.ServiceDefaults.Data;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Signals the dispatcher once outbox rows are committed: after <c>SaveChanges</c> when it ran in
/// its own transaction, after the commit when the caller opened one (rows are invisible before).
/// Other instances on the same database hear it through PostgreSQL: a <c>NOTIFY</c> sent inside the
/// caller's transaction (delivered by PostgreSQL only if it commits), or right after a save that
/// committed by itself; their <see cref="OutboxListener{TContext}"/> wakes their dispatcher.
/// </summary>
public sealed class OutboxSignalInterceptor<TContext>(OutboxSignal<TContext> signal) : AfterCommitInterceptor<object>, IDbTransactionInterceptor
    where TContext : DbContext
{
    private static readonly object Written = new();

    protected override object? Collect(DbContext context, object? pending) =>
        context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) ? Written : pending;

    protected override void Committed(object pending) => signal.Notify();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && CommittedBySave(context))
        {
            await NotifyOthersAsync(context.Database.GetDbConnection(), null, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && CommittedBySave(context))
        {
            NotifyOthersAsync(context.Database.GetDbConnection(), null, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && IsPending(context))
        {
            await NotifyOthersAsync(transaction.Connection!, transaction, cancellationToken);
        }
        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { } context && IsPending(context))
        {
            NotifyOthersAsync(transaction.Connection!, transaction, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    /// <summary>True (and this instance signalled) when the save wrote outbox rows and nothing is left to commit.</summary>
    private bool CommittedBySave(DbContext context)
    {
        if (context.Database.CurrentTransaction is not null || !TryTake(context, out _))
        {
            return false;
        }
        signal.Notify();
        return true;
    }

    /// <summary>
    /// One <c>NOTIFY</c> on the connection that wrote the rows. Inside <paramref name="transaction"/> PostgreSQL
    /// delivers it at the commit; otherwise the rows are committed already. Losing it costs one sweep, never an event.
    /// </summary>
    private static async Task NotifyOthersAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var opened = connection.State != ConnectionState.Open;
        try
        {
            if (opened)
            {
                await connection.OpenAsync(cancellationToken);
            }
            await using var notify = connection.CreateCommand();
            notify.Transaction = transaction;
            notify.CommandText = $"NOTIFY {OutboxListener<TContext>.Channel}";
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException)
        {
            // The sweep is the safety net; the save itself succeeded.
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
