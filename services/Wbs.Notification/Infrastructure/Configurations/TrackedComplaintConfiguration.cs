using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure.Configurations;

internal sealed class TrackedComplaintConfiguration : IEntityTypeConfiguration<TrackedComplaint>
{
    public void Configure(EntityTypeBuilder<TrackedComplaint> e)
    {
        e.ToTable("complaints");
        e.HasKey(c => c.ComplaintId);
        e.Property(c => c.Tenant).HasMaxLength(64);
        e.Property(c => c.TrackingNumber).HasMaxLength(32);
        e.Property(c => c.Status).HasMaxLength(32);
        e.HasIndex(c => new { c.Tenant, c.AccountId });
    }
}
