namespace Wbs.CaseManagement.Consumers;

/// <summary>Identity's acts (staff created or disabled, sign-in outcomes, password and TOTP changes) land in the tenant's audit trail.</summary>
public sealed class IdentityActRecordedConsumer(AuditTrail audit) : IConsumer<IdentityActRecorded>
{
    public Task Consume(ConsumeContext<IdentityActRecorded> context)
    {
        var evt = context.Message;
        return audit.RecordAsync(evt.Tenant, evt.ActorId, evt.ActorName, evt.Action, null, evt.Detail, context.CancellationToken);
    }
}
