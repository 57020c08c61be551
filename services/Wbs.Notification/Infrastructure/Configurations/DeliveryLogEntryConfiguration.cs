using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure.Configurations;

internal sealed class DeliveryLogEntryConfiguration : IEntityTypeConfiguration<DeliveryLogEntry>
{
    public void Configure(EntityTypeBuilder<DeliveryLogEntry> e)
    {
        e.ToTable("delivery_log");
        e.HasKey(d => d.Id);
        e.Property(d => d.Tenant).HasMaxLength(64);
        e.Property(d => d.TrackingNumber).HasMaxLength(32);
        e.Property(d => d.What).HasMaxLength(32);
        e.Property(d => d.Channel).HasMaxLength(16);
        e.Property(d => d.Recipient).HasMaxLength(320);
        e.Property(d => d.Result).HasMaxLength(64);
        e.Property(d => d.Subject).HasMaxLength(300);
        e.HasIndex(d => new { d.Tenant, d.At });
        // The sender's queue, and the per-recipient rate that decides between sending and digesting.
        e.HasIndex(d => d.At).HasFilter("result = 'pending'").HasDatabaseName("ix_delivery_log_pending");
        e.HasIndex(d => new { d.Recipient, d.At }).HasFilter("channel = 'email' AND result = 'delivered'");
    }
}
