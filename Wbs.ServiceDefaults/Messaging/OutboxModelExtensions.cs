using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Messaging;

public static class OutboxModelExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the <c>outbox_messages</c> and <c>inbox_messages</c> tables to a service's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.ApplyConfiguration(new OutboxMessageConfiguration());
        model.ApplyConfiguration(new InboxMessageConfiguration());
        return model;
    }

    /// <summary>
    /// Queues an integration event in the same unit of work as the state change it describes;
    /// it is saved by the caller's <c>SaveChanges</c> and dispatched afterwards.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent @event, DateTimeOffset occurredAt) where TEvent : class
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = typeof(TEvent).FullName!,
            Body = JsonSerializer.Serialize(@event, Json),
            OccurredAt = occurredAt,
            // The id carries the sampling flag too: a trace left unrecorded at the gateway stays unrecorded downstream.
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null,
        });
    }
}
