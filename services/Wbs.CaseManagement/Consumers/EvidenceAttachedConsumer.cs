namespace Wbs.CaseManagement.Consumers;

/// <summary>Records evidence metadata; a supplement also gets a (reporter-visible) timeline entry.</summary>
public sealed class EvidenceAttachedConsumer(CaseDbContext db, AuditTrail audit, TextSealer sealer) : IConsumer<EvidenceAttached>
{
    public async Task Consume(ConsumeContext<EvidenceAttached> context)
    {
        var evt = context.Message;
        var ct = context.CancellationToken;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Case? found = null;
        if (evt.Supplement)
        {
            found = await db.Cases.SingleOrDefaultAsync(c => c.Id == evt.ComplaintId && c.Tenant == evt.Tenant, ct)
                ?? throw new InvalidOperationException($"Case of complaint {evt.ComplaintId} is not opened yet.");
        }
        var ids = evt.Files.Select(f => f.EvidenceId).ToList();
        var known = await db.Evidence.Where(e => e.ComplaintId == evt.ComplaintId && ids.Contains(e.EvidenceId))
            .Select(e => e.EvidenceId).ToListAsync(ct);
        var added = evt.Files.Where(f => !known.Contains(f.EvidenceId)).ToList();
        foreach (var file in added)
        {
            db.Evidence.Add(new CaseEvidence
            {
                ComplaintId = evt.ComplaintId,
                EvidenceId = file.EvidenceId,
                Tenant = evt.Tenant,
                Size = file.Size,
                Supplement = evt.Supplement,
                AttachedAt = evt.AttachedAt,
            });
        }
        if (found is not null && added.Count > 0)
        {
            var entryId = Guid.CreateVersion7();
            db.Timeline.Add(new TimelineEntry
            {
                Id = entryId,
                CaseId = found.Id,
                Tenant = found.Tenant,
                At = evt.AttachedAt,
                Kind = TimelineKind.Evidence,
                Status = found.Status,
                Text = sealer.Seal(StandardTexts.EvidenceAdded(added.Count), found.Tenant, entryId),
            });
            found.LastUpdateAt = evt.AttachedAt;
            await audit.AppendAsync(evt.Tenant, null, "pelapor", AuditActions.EvidenceSupplemented, found.TrackingNumber,
                $"{added.Count} file(s)", ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
