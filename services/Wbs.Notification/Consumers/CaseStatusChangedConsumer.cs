namespace Wbs.Notification.Consumers;

public sealed class CaseStatusChangedConsumer(NotificationDbContext db, NotificationWriter writer, TimeProvider clock) : IConsumer<CaseStatusChanged>
{
    public async Task Consume(ConsumeContext<CaseStatusChanged> context)
    {
        var m = context.Message;
        if (!await db.TryStartHandlingAsync(context, nameof(CaseStatusChangedConsumer), clock.GetUtcNow()))
        {
            return;
        }
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.Status = m.To;
        writer.NotifyReporter(complaint, NotificationKinds.StatusChanged, NotificationTexts.StatusChanged(m.TrackingNumber, m.To));
        await writer.SaveAsync(context.CancellationToken);
    }
}
