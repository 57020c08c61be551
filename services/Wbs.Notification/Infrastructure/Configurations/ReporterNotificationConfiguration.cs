using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure.Configurations;

internal sealed class ReporterNotificationConfiguration : IEntityTypeConfiguration<ReporterNotification>
{
    public void Configure(EntityTypeBuilder<ReporterNotification> e)
    {
        e.ToTable("notifications");
        e.HasKey(n => n.Id);
        e.Property(n => n.Tenant).HasMaxLength(64);
        e.Property(n => n.TrackingNumber).HasMaxLength(32);
        e.Property(n => n.Kind).HasMaxLength(32);
        e.Property(n => n.Text).HasMaxLength(500);
        e.HasIndex(n => new { n.Tenant, n.ComplaintId });
        e.HasIndex(n => new { n.Tenant, n.AccountId });
    }
}
