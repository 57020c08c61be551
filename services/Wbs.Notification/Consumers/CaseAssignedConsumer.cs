namespace Wbs.Notification.Consumers;

/// <summary>Assignment is internal: the staff mailbox hears of it, the reporter does not.</summary>
public sealed class CaseAssignedConsumer(NotificationWriter writer) : IConsumer<CaseAssigned>
{
    public async Task Consume(ConsumeContext<CaseAssigned> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        writer.MailStaff(complaint, NotificationKinds.Assigned, writer.StaffText(m.Tenant).AssignedSubject(m.TrackingNumber));
        await writer.SaveAsync(context.CancellationToken);
    }
}
