namespace Wbs.Notification.Consumers;

/// <summary>An account now follows a report: its inbox shows that report's notifications, earlier ones included.</summary>
public sealed class ReporterAccountLinkedConsumer(NotificationWriter writer) : IConsumer<ReporterAccountLinked>
{
    public async Task Consume(ConsumeContext<ReporterAccountLinked> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.AccountId = m.AccountId;
        await writer.SaveAsync(context.CancellationToken);
    }
}
