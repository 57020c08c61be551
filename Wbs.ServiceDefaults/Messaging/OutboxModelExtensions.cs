using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Messaging;

public static class OutboxModelExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the <c>outbox_messages</c> and <c>inbox_messages</c> tables to a service's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasColumnName("id");
            e.Property(m => m.Type).HasColumnName("type").HasMaxLength(300);
            e.Property(m => m.Body).HasColumnName("body");
            e.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            e.Property(m => m.DispatchedAt).HasColumnName("dispatched_at");
            e.Property(m => m.Attempts).HasColumnName("attempts");
            e.Property(m => m.ClaimedUntil).HasColumnName("claimed_until");
            e.Property(m => m.QuarantinedAt).HasColumnName("quarantined_at");
            e.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(200);
            // What the dispatcher claims from, and what pruning deletes.
            e.HasIndex(m => m.OccurredAt).HasFilter("dispatched_at IS NULL AND quarantined_at IS NULL");
            e.HasIndex(m => m.DispatchedAt).HasFilter("dispatched_at IS NOT NULL");
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.MessageId).HasColumnName("message_id");
            e.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            e.Property(m => m.HandledAt).HasColumnName("handled_at");
            e.HasIndex(m => m.HandledAt);
        });
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
        });
    }
}
