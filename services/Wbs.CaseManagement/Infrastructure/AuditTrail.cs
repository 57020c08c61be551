namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Appends audit entries to the tenant's HMAC chain (<see cref="AuditChain"/>); the head is checkpointed
/// outside the database after the commit (<see cref="AuditCheckpointInterceptor"/>). A transaction-scoped advisory lock per tenant
/// serialises appenders (across instances too), so every entry links to the one before it.
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
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"audit:" + tenant}))", cancellationToken);
        var previous = db.Audit.Local.Where(a => a.Tenant == tenant && a.Id == 0).MaxBy(a => a.Sequence)
            ?? await db.Audit.AsNoTracking().Where(a => a.Tenant == tenant).OrderByDescending(a => a.Sequence)
                .FirstOrDefaultAsync(cancellationToken);
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
