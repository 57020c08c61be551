namespace Wbs.Notification.Consumers;

public sealed class SlaDeadlineApproachingConsumer(NotificationWriter writer) : IConsumer<SlaDeadlineApproaching>
{
    public async Task Consume(ConsumeContext<SlaDeadlineApproaching> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        writer.MailStaff(complaint, NotificationKinds.DeadlineApproaching, NotificationTexts.DeadlineSubject(m.TrackingNumber, m.DaysLeft),
            $"Batas tanggapan / Response due: {IndonesianDate.Format(m.ResponseDueAt)} ({m.DaysLeft} hari / days)");
        await writer.SaveAsync(context.CancellationToken);
    }
}
