using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wbs.ServiceDefaults.Data;

/// <summary>
/// Turns off EF Core's automatic savepoints in every transaction a service opens. Services open one to commit a state
/// change with its outbox row, and EF would wrap each <c>SaveChanges</c> in it in a savepoint: two more round trips,
/// taken while locks such as the audit chain's are held. No service goes on in a transaction after a failed save
/// (they roll it back or leave), which is all a savepoint would allow.
/// </summary>
public sealed class NoAutoSavepoints : DbTransactionInterceptor
{
    public static readonly NoAutoSavepoints Instance = new();

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        TurnOff(eventData.Context);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        TurnOff(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void TurnOff(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoSavepointsEnabled = false;
        }
    }
}
