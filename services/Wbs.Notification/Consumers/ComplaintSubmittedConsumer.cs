namespace Wbs.Notification.Consumers;

/// <summary>A new report: the reporter's inbox gets the acknowledgement, the agency's staff mailbox a notice.</summary>
public sealed class ComplaintSubmittedConsumer(NotificationWriter writer) : IConsumer<ComplaintSubmitted>
{
    public async Task Consume(ConsumeContext<ComplaintSubmitted> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.AccountId ??= m.AccountId;
        writer.NotifyReporter(complaint, NotificationKinds.Received, NotificationTexts.Received(m.TrackingNumber, m.ResponseDueAt));
        var staff = writer.StaffText(m.Tenant);
        writer.MailStaff(complaint, NotificationKinds.Received, staff.NewReportSubject(m.TrackingNumber), staff.Due(m.ResponseDueAt));
        await writer.SaveAsync(context.CancellationToken);
    }
}
