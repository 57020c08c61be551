namespace Wbs.CaseManagement.Consumers;

/// <summary>Opens a case in <c>received</c> with the automatic thank-you entry, once per complaint.</summary>
public sealed class ComplaintSubmittedConsumer(CaseDbContext db, AuditTrail audit,
    ILogger<ComplaintSubmittedConsumer> logger) : IConsumer<ComplaintSubmitted>
{
    public async Task Consume(ConsumeContext<ComplaintSubmitted> context)
    {
        var evt = context.Message;
        var ct = context.CancellationToken;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A different message id for the same complaint (e.g. a republished event) opens nothing new either.
        if (!await db.Cases.AnyAsync(c => c.Id == evt.ComplaintId, ct))
        {
            db.Cases.Add(new Case
            {
                Id = evt.ComplaintId,
                Tenant = evt.Tenant,
                TrackingNumber = evt.TrackingNumber,
                Category = evt.Category,
                ReporterType = evt.ReporterType,
                AccountId = evt.AccountId,
                HasSealedIdentity = evt.HasSealedIdentity,
                Channel = evt.Channel,
                Status = CaseStatus.Received,
                SubmittedAt = evt.SubmittedAt,
                ResponseDueAt = evt.ResponseDueAt,
                LastUpdateAt = evt.SubmittedAt,
                Timeline =
                [
                    new TimelineEntry
                    {
                        Id = Guid.CreateVersion7(),
                        Tenant = evt.Tenant,
                        At = evt.SubmittedAt,
                        Kind = TimelineKind.Received,
                        Status = CaseStatus.Received,
                        Text = null,
                    },
                ],
            });
            // A report entered by staff names who entered it and how it came; the web's own reports open as "system".
            await audit.AppendAsync(evt.Tenant, evt.EnteredById, evt.EnteredById is null ? "system" : evt.EnteredByName ?? evt.EnteredById.ToString()!,
                AuditActions.CaseOpened, evt.TrackingNumber, evt.Channel == ReportChannels.Web ? null : $"channel={evt.Channel}", ct);
            logger.LogDebug("Case {TrackingNumber} opened for tenant {Tenant}", evt.TrackingNumber, evt.Tenant);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
