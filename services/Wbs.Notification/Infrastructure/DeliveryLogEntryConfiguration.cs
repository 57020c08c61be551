using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure;

internal sealed class DeliveryLogEntryConfiguration : IEntityTypeConfiguration<DeliveryLogEntry>
{
    public void Configure(EntityTypeBuilder<DeliveryLogEntry> e)
    {
        e.ToTable("delivery_log");
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).HasColumnName("id");
        e.Property(d => d.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(d => d.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(32);
        e.Property(d => d.What).HasColumnName("what").HasMaxLength(32);
        e.Property(d => d.Channel).HasColumnName("channel").HasMaxLength(16);
        e.Property(d => d.Recipient).HasColumnName("recipient").HasMaxLength(320);
        e.Property(d => d.At).HasColumnName("at");
        e.Property(d => d.Result).HasColumnName("result").HasMaxLength(64);
        e.HasIndex(d => new { d.Tenant, d.At });
    }
}
