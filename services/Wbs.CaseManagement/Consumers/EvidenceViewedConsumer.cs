namespace Wbs.CaseManagement.Consumers;

/// <summary>Evidence downloads by staff land in the tenant's audit trail.</summary>
public sealed class EvidenceViewedConsumer(CaseDbContext db, AuditTrail audit) : IConsumer<EvidenceViewed>
{
    public async Task Consume(ConsumeContext<EvidenceViewed> context)
    {
        var evt = context.Message;
        var ct = context.CancellationToken;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var complaintId = evt.ComplaintId
            ?? await db.Evidence.Where(e => e.EvidenceId == evt.EvidenceId && e.Tenant == evt.Tenant)
                .Select(e => (Guid?)e.ComplaintId).FirstOrDefaultAsync(ct);
        var trackingNumber = complaintId is null ? null
            : await db.Cases.Where(c => c.Id == complaintId && c.Tenant == evt.Tenant).Select(c => c.TrackingNumber).FirstOrDefaultAsync(ct);
        await audit.AppendAsync(evt.Tenant, evt.ActorId, evt.ActorName, AuditActions.EvidenceViewed, trackingNumber,
            $"evidence {evt.EvidenceId}", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
