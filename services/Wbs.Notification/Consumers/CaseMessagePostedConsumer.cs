namespace Wbs.Notification.Consumers;

/// <summary>A staff message tells the reporter; a reporter message tells the staff mailbox. Neither carries the body.</summary>
public sealed class CaseMessagePostedConsumer(NotificationWriter writer) : IConsumer<CaseMessagePosted>
{
    public async Task Consume(ConsumeContext<CaseMessagePosted> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.AccountId ??= m.AccountId;
        if (m.From == "staff")
        {
            writer.NotifyReporter(complaint, NotificationKinds.MessagePosted, NotificationTexts.StaffMessage(m.TrackingNumber));
        }
        else
        {
            writer.MailStaff(complaint, NotificationKinds.MessagePosted, writer.StaffText(m.Tenant).ReporterMessageSubject(m.TrackingNumber));
        }
        await writer.SaveAsync(context.CancellationToken);
    }
}
