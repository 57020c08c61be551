namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Identity's auditable acts go to CaseManagement's audit trail as <see cref="IdentityActRecorded"/> events, through the
/// outbox in the same unit of work as the act itself.
/// </summary>
public static class IdentityAudit
{
    public static void RecordAct(this IdentityDbContext db, string tenant, string action, Guid? actorId, string actorName, string? detail,
        DateTimeOffset now) =>
        db.AddIntegrationEvent(new IdentityActRecorded
        {
            Tenant = tenant, Action = action, ActorId = actorId, ActorName = actorName, Detail = detail, OccurredAt = now,
        }, now);

    public static void RecordAct(this IdentityDbContext db, string tenant, string action, StaffActor actor, string? detail, DateTimeOffset now) =>
        db.RecordAct(tenant, action, actor.Id, actor.Name, detail, now);
}
