namespace Wbs.Notification.Consumers;

public sealed class CaseStatusChangedConsumer(NotificationWriter writer) : IConsumer<CaseStatusChanged>
{
    public async Task Consume(ConsumeContext<CaseStatusChanged> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.Status = m.To;
        writer.NotifyReporter(complaint, NotificationKinds.StatusChanged, NotificationTexts.StatusChanged(m.TrackingNumber, m.To));
        await writer.SaveAsync(context.CancellationToken);
    }
}
