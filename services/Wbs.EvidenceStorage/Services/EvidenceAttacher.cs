namespace Wbs.EvidenceStorage.Services;

/// <summary>
/// Attaches uploads to a complaint. The rows are locked for the transaction, so a concurrent attach
/// or the expiry sweep cannot interleave; newly attached files are announced with
/// <see cref="EvidenceAttached"/> through the outbox, in the same transaction.
/// </summary>
public sealed class EvidenceAttacher(EvidenceDbContext db, TimeProvider clock)
{
    /// <summary>Ids that cannot be attached: unknown to this tenant, already attached, or reserved for a report.</summary>
    public async Task<IReadOnlyList<Guid>> FindUnattachableAsync(string tenant, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        var free = await db.Evidence
            .Where(e => e.Tenant == tenant && distinct.Contains(e.Id) && e.ComplaintId == null && e.ReservedFor == null)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. distinct.Except(free)];
    }

    /// <summary>
    /// Reserves every upload a report being submitted names, all or nothing: once this answers, the
    /// uploads cannot expire or be taken by another report, whenever their attach arrives.
    /// </summary>
    /// <returns>Ids that cannot be reserved (unknown to this tenant, attached to or reserved for another report); none are reserved then.</returns>
    public async Task<IReadOnlyList<Guid>> ReserveAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await LockAsync(tenant, distinct, cancellationToken);
        var now = clock.GetUtcNow();
        var invalid = distinct.Where(id => rows.SingleOrDefault(r => r.Id == id) is not { } row || !row.CanAttachTo(complaintId)).ToList();
        if (invalid.Count > 0)
        {
            return invalid;
        }
        foreach (var row in rows)
        {
            row.ReserveFor(complaintId, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Gives back what <see cref="ReserveAsync"/> took for a report that was not created after all.</summary>
    public async Task ReleaseAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in await LockAsync(tenant, [.. ids.Distinct()], cancellationToken))
        {
            row.Release(complaintId);
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private Task<List<EvidenceFile>> LockAsync(string tenant, Guid[] ids, CancellationToken cancellationToken) =>
        db.Evidence
            .FromSql($"SELECT * FROM evidence_files WHERE tenant = {tenant} AND id = ANY({ids}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);

    /// <param name="allOrNothing">When set, any invalid id attaches nothing.</param>
    public async Task<AttachOutcome> AttachAsync(string tenant, Guid complaintId, string trackingNumber, IReadOnlyList<Guid> ids,
        bool supplement, bool allOrNothing, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await LockAsync(tenant, distinct, cancellationToken);
        var valid = rows.Where(r => r.CanAttachTo(complaintId)).ToList();
        var invalid = distinct.Where(id => valid.All(r => r.Id != id)).ToList();
        if (allOrNothing && invalid.Count > 0)
        {
            return new AttachOutcome(invalid, []);
        }

        var now = clock.GetUtcNow();
        var fresh = valid.Where(r => r.AttachTo(complaintId, trackingNumber, now)).ToList();
        if (fresh.Count > 0)
        {
            db.AddIntegrationEvent(EvidenceEvents.Attached(tenant, complaintId, trackingNumber, fresh, supplement, now), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new AttachOutcome(invalid, valid);
    }
}
