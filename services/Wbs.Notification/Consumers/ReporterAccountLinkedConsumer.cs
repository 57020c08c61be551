namespace Wbs.Notification.Consumers;

/// <summary>An account now follows a report: its inbox shows that report's notifications, earlier ones included.</summary>
public sealed class ReporterAccountLinkedConsumer(NotificationDbContext db, NotificationWriter writer, TimeProvider clock) : IConsumer<ReporterAccountLinked>
{
    public async Task Consume(ConsumeContext<ReporterAccountLinked> context)
    {
        var m = context.Message;
        if (!await db.TryStartHandlingAsync(context, nameof(ReporterAccountLinkedConsumer), clock.GetUtcNow()))
        {
            return;
        }
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.AccountId = m.AccountId;
        await writer.SaveAsync(context.CancellationToken);
    }
}
