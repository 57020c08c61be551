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
        e.Property(d => d.Subject).HasColumnName("subject").HasMaxLength(300);
        e.Property(d => d.Body).HasColumnName("body");
        e.Property(d => d.ClaimedUntil).HasColumnName("claimed_until");
        e.Property(d => d.Attempts).HasColumnName("attempts");
        e.Property(d => d.DigestId).HasColumnName("digest_id");
        e.HasIndex(d => new { d.Tenant, d.At });
        // The sender's queue, and the per-recipient rate that decides between sending and digesting.
        e.HasIndex(d => d.At).HasFilter("result = 'pending'").HasDatabaseName("ix_delivery_log_pending");
        e.HasIndex(d => new { d.Recipient, d.At }).HasFilter("channel = 'email' AND result = 'delivered'");
    }
}
