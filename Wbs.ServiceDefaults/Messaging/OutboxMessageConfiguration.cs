using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.ServiceDefaults.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.Property(m => m.TraceParent).HasMaxLength(55);
        // What the dispatcher claims from, and what pruning deletes.
        builder.HasIndex(m => m.OccurredAt).HasFilter("dispatched_at IS NULL AND quarantined_at IS NULL");
        builder.HasIndex(m => m.DispatchedAt).HasFilter("dispatched_at IS NOT NULL");
    }
}
