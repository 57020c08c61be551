using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Notification.Infrastructure.Configurations;

internal sealed class TrackedComplaintConfiguration : IEntityTypeConfiguration<TrackedComplaint>
{
    public void Configure(EntityTypeBuilder<TrackedComplaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.ComplaintId);
        builder.Property(c => c.Tenant).HasMaxLength(64);
        builder.Property(c => c.TrackingNumber).HasMaxLength(32);
        builder.Property(c => c.Status).HasMaxLength(32);
        builder.HasIndex(c => new { c.Tenant, c.AccountId });
    }
}
