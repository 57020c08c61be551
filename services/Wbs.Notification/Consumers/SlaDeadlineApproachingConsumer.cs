namespace Wbs.Notification.Consumers;

public sealed class SlaDeadlineApproachingConsumer(NotificationWriter writer) : IConsumer<SlaDeadlineApproaching>
{
    public async Task Consume(ConsumeContext<SlaDeadlineApproaching> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        var staff = writer.StaffText(m.Tenant);
        writer.MailStaff(complaint, NotificationKinds.DeadlineApproaching, staff.DeadlineSubject(m.TrackingNumber, m.DaysLeft),
            staff.Due(m.ResponseDueAt, m.DaysLeft));
        await writer.SaveAsync(context.CancellationToken);
    }
}
