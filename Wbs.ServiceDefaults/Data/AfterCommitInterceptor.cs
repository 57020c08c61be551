using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wbs.ServiceDefaults.Data;

/// <summary>
/// The one "act after the commit" shape: what a save is about to write is collected per context
/// (<see cref="Collect"/>), and handed to <see cref="Committed"/> once the transaction that wrote it has
/// committed (EF's own transaction of a plain save, or the caller's); a rollback forgets it.
/// </summary>
public abstract class AfterCommitInterceptor<TPending> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TPending : class
{
    private readonly ConditionalWeakTable<DbContext, TPending> _pending = [];

    /// <summary>What the save about to run adds to <paramref name="pending"/> (null: nothing to do after the commit).</summary>
    protected abstract TPending? Collect(DbContext context, TPending? pending);

    /// <summary>Runs once the transaction that wrote the collected rows has committed.</summary>
    protected abstract void Committed(TPending pending);

    protected bool IsPending(DbContext context) => _pending.TryGetValue(context, out _);

    /// <summary>Takes what is pending for <paramref name="context"/> (it is then no longer pending).</summary>
    protected bool TryTake(DbContext context, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TPending? pending) =>
        _pending.TryGetValue(context, out pending) && _pending.Remove(context);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && TryTake(context, out var pending))
        {
            Committed(pending);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        _pending.TryGetValue(context, out var existing);
        if (Collect(context, existing) is { } pending && !ReferenceEquals(pending, existing))
        {
            _pending.AddOrUpdate(context, pending);
        }
    }
}
