using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure.Configurations;

internal sealed class ReporterNotificationConfiguration : IEntityTypeConfiguration<ReporterNotification>
{
    public void Configure(EntityTypeBuilder<ReporterNotification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Tenant).HasMaxLength(64);
        builder.Property(n => n.TrackingNumber).HasMaxLength(32);
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.Text).HasMaxLength(500);
        builder.HasIndex(n => new { n.Tenant, n.ComplaintId });
        builder.HasIndex(n => new { n.Tenant, n.AccountId });
    }
}
