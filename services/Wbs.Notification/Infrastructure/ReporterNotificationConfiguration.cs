using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure;

internal sealed class ReporterNotificationConfiguration : IEntityTypeConfiguration<ReporterNotification>
{
    public void Configure(EntityTypeBuilder<ReporterNotification> e)
    {
        e.ToTable("notifications");
        e.HasKey(n => n.Id);
        e.Property(n => n.Id).HasColumnName("id");
        e.Property(n => n.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(n => n.ComplaintId).HasColumnName("complaint_id");
        e.Property(n => n.AccountId).HasColumnName("account_id");
        e.Property(n => n.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(32);
        e.Property(n => n.Kind).HasColumnName("kind").HasMaxLength(32);
        e.Property(n => n.Text).HasColumnName("text").HasMaxLength(500);
        e.Property(n => n.CreatedAt).HasColumnName("created_at");
        e.Property(n => n.ReadAt).HasColumnName("read_at");
        e.HasIndex(n => new { n.Tenant, n.ComplaintId });
        e.HasIndex(n => new { n.Tenant, n.AccountId });
    }
}
