using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure;

internal sealed class TrackedComplaintConfiguration : IEntityTypeConfiguration<TrackedComplaint>
{
    public void Configure(EntityTypeBuilder<TrackedComplaint> e)
    {
        e.ToTable("complaints");
        e.HasKey(c => c.ComplaintId);
        e.Property(c => c.ComplaintId).HasColumnName("complaint_id");
        e.Property(c => c.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(c => c.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(32);
        e.Property(c => c.AccountId).HasColumnName("account_id");
        e.Property(c => c.Status).HasColumnName("status").HasMaxLength(32);
        e.HasIndex(c => new { c.Tenant, c.AccountId });
    }
}
