using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> e)
    {
        e.ToTable("reports");
        e.HasKey(r => r.ComplaintId);
        e.Property(r => r.ComplaintId).ValueGeneratedNever();
        e.Property(r => r.Tenant).HasMaxLength(64);
        e.Property(r => r.TrackingNumber).HasMaxLength(64);
        e.Property(r => r.CodeDigest).HasMaxLength(64);
        e.HasIndex(r => new { r.Tenant, r.CodeDigest }).IsUnique();
        e.HasIndex(r => new { r.Tenant, r.AccountId });
    }
}
