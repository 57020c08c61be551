using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.ServiceDefaults.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("outbox_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.Type).HasMaxLength(300);
        e.Property(m => m.LastError).HasMaxLength(200);
        // What the dispatcher claims from, and what pruning deletes.
        e.HasIndex(m => m.OccurredAt).HasFilter("dispatched_at IS NULL AND quarantined_at IS NULL");
        e.HasIndex(m => m.DispatchedAt).HasFilter("dispatched_at IS NOT NULL");
    }
}
