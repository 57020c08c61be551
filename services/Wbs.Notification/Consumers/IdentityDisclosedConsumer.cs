namespace Wbs.Notification.Consumers;

/// <summary>Tells the reporter in the inbox that their identity was disclosed; the reason is in the report, who asked is nowhere.</summary>
public sealed class IdentityDisclosedConsumer(NotificationWriter writer) : IConsumer<IdentityDisclosed>
{
    public async Task Consume(ConsumeContext<IdentityDisclosed> context)
    {
        var m = context.Message;
        var complaint = await writer.TrackAsync(m.Tenant, m.ComplaintId, m.TrackingNumber, context.CancellationToken);
        complaint.AccountId ??= m.AccountId;
        writer.NotifyReporter(complaint, NotificationKinds.IdentityDisclosed, NotificationTexts.IdentityDisclosed(m.TrackingNumber));
        await writer.SaveAsync(context.CancellationToken);
    }
}
