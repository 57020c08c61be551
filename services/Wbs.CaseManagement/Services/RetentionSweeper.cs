namespace Wbs.CaseManagement.Services;

/// <summary>
/// Destroys the content of cases closed or rejected longer ago than their tenant's
/// <see cref="TenantProfile.RetentionYears"/>: here the messages, timeline texts, evidence names and
/// forwarding details (each sealed value carries its own wrapped data key, so deleting it is
/// crypto-shredding); Intake and EvidenceStorage do the same on <see cref="CaseContentExpired"/>.
/// The case row (status, category, outcome, dates) stays, so statistics do not change.
/// One transaction per case, with its audit entry and outbox event; safe with several instances.
/// </summary>
public sealed class RetentionSweeper(CaseDbContext db, AuditTrail audit, TenantCatalog tenants, TimeProvider clock,
    ILogger<RetentionSweeper> logger)
{
    public async Task<int> SweepAsync(string? onlyTenant, CancellationToken cancellationToken)
    {
        var destroyed = 0;
        foreach (var tenant in tenants.All.Where(t => onlyTenant is null || t.Slug == onlyTenant))
        {
            var cutoff = clock.GetUtcNow().AddYears(-tenant.RetentionYears);
            var due = await db.Cases.AsNoTracking()
                .Where(c => c.Tenant == tenant.Slug && (c.Status == CaseStatus.Closed || c.Status == CaseStatus.Rejected)
                    && c.ResolvedAt < cutoff && c.ContentDestroyedAt == null)
                .OrderBy(c => c.ResolvedAt).Select(c => c.Id).Take(500).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                destroyed += await DestroyAsync(id, cancellationToken) ? 1 : 0;
            }
        }
        return destroyed;
    }

    private async Task<bool> DestroyAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // Another instance sweeping the same case skips it rather than waiting.
        var locked = await db.Database.SqlQuery<Guid>(
            $"SELECT id AS \"Value\" FROM cases WHERE id = {caseId} AND content_destroyed_at IS NULL FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return false;
        }
        var found = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        var now = clock.GetUtcNow();
        var evidenceIds = await db.Evidence.Where(e => e.ComplaintId == caseId).Select(e => e.EvidenceId).ToListAsync(cancellationToken);

        var messages = await db.Messages.Where(m => m.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.Evidence.Where(e => e.ComplaintId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.Timeline.Where(t => t.CaseId == caseId && t.Text != null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Text, (byte[]?)null), cancellationToken);
        await db.Forwardings.Where(f => f.CaseId == caseId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.SealedDetails, (byte[]?)null), cancellationToken);

        found.ContentDestroyedAt = now;
        found.HasSealedIdentity = false;
        db.AddIntegrationEvent(new CaseContentExpired
        {
            Tenant = found.Tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            EvidenceIds = evidenceIds,
            ExpiredAt = now,
        }, now);
        await audit.AppendAsync(found.Tenant, null, "system", AuditActions.ContentDestroyed, found.TrackingNumber,
            $"retensi / retention: isi, {messages} pesan, {evidenceIds.Count} bukti dan identitas dimusnahkan / content, messages, evidence and identity destroyed",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Retention destroyed the content of {TrackingNumber} ({Tenant})", found.TrackingNumber, found.Tenant);
        return true;
    }
}
