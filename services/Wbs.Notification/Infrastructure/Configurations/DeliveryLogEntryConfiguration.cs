using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure.Configurations;

internal sealed class DeliveryLogEntryConfiguration : IEntityTypeConfiguration<DeliveryLogEntry>
{
    public void Configure(EntityTypeBuilder<DeliveryLogEntry> builder)
    {
        builder.ToTable("delivery_log");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Tenant).HasMaxLength(64);
        builder.Property(d => d.TrackingNumber).HasMaxLength(32);
        builder.Property(d => d.What).HasMaxLength(32);
        builder.Property(d => d.Channel).HasMaxLength(16);
        builder.Property(d => d.Recipient).HasMaxLength(320);
        builder.Property(d => d.Result).HasMaxLength(64);
        builder.Property(d => d.Subject).HasMaxLength(300);
        builder.HasIndex(d => new { d.Tenant, d.At });
        // The sender's queue, and the per-recipient rate that decides between sending and digesting.
        builder.HasIndex(d => d.At).HasFilter("result = 'pending'").HasDatabaseName("ix_delivery_log_pending");
        builder.HasIndex(d => new { d.Recipient, d.At }).HasFilter("channel = 'email' AND result = 'delivered'");
    }
}
