using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Appends audit entries to the tenant's HMAC chain (<see cref="AuditChain"/>); the head is checkpointed
/// outside the database after the commit (<see cref="AuditCheckpointInterceptor"/>). A transaction-scoped advisory lock per tenant
/// serialises appenders (across instances too), so every entry links to the one before it; it is taken together
/// with the read of the chain's head, in one round trip.
/// The caller owns the transaction and saves.
/// </summary>
public sealed class AuditTrail(CaseDbContext db, TimeProvider clock, AuditChain chain)
{
    public async Task AppendAsync(string tenant, Guid? actorId, string actor, string action, string? trackingNumber,
        string? detail, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries are appended inside the caller's transaction.");
        }
        var stored = await LockAndReadHeadAsync(tenant, cancellationToken);
        var previous = db.Audit.Local.Where(a => a.Tenant == tenant && a.Id == 0).MaxBy(a => a.Sequence)?.Head ?? stored;
        var entry = new AuditEntry
        {
            Tenant = tenant,
            At = clock.GetUtcNow(),
            ActorId = actorId,
            Actor = actor,
            Action = action,
            TrackingNumber = trackingNumber,
            Detail = detail,
            PreviousHash = "",
            Hash = "",
        };
        chain.Link(entry, previous);
        db.Audit.Add(entry);
    }

    /// <summary>
    /// Takes the tenant's lock and reads its stored head in one round trip, the lock being held until the commit: two
    /// statements of one batch, and PostgreSQL takes the second's snapshot only once the first has the lock, so the head
    /// of the previous holder's commit is seen. Every round trip saved here shortens the time appenders queue for the lock.
    /// </summary>
    private async Task<AuditHead?> LockAndReadHeadAsync(string tenant, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction())
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtext($1))") { Parameters = { new() { Value = "audit:" + tenant } } },
                new NpgsqlBatchCommand("SELECT sequence, hash FROM audit_entries WHERE tenant = $1 ORDER BY sequence DESC LIMIT 1")
                {
                    Parameters = { new() { Value = tenant } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuditHead(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public Task AppendAsync(ClaimsPrincipal staff, string tenant, string action, string? trackingNumber, string? detail,
        CancellationToken cancellationToken) =>
        AppendAsync(tenant, staff.SubjectId(), StaffAccess.ActorName(staff), action, trackingNumber, detail, cancellationToken);

    /// <summary>An entry on its own: appended, saved and committed in a transaction of its own before this returns.</summary>
    public async Task RecordAsync(string tenant, Guid? actorId, string actor, string action, string? trackingNumber, string? detail,
        CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await AppendAsync(tenant, actorId, actor, action, trackingNumber, detail, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public Task RecordAsync(ClaimsPrincipal staff, string tenant, string action, string? detail, CancellationToken cancellationToken) =>
        RecordAsync(tenant, staff.SubjectId(), StaffAccess.ActorName(staff), action, null, detail, cancellationToken);
}
