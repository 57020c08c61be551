using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.ServiceDefaults.Messaging;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> e)
    {
        e.ToTable("inbox_messages");
        e.HasKey(m => new { m.MessageId, m.Consumer });
        e.Property(m => m.Consumer).HasMaxLength(200);
        e.HasIndex(m => m.HandledAt);
    }
}
