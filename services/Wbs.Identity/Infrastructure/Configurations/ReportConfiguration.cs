using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.ComplaintId);
        builder.Property(r => r.ComplaintId).ValueGeneratedNever();
        builder.Property(r => r.Tenant).HasMaxLength(64);
        builder.Property(r => r.TrackingNumber).HasMaxLength(64);
        builder.Property(r => r.CodeDigest).HasMaxLength(64);
        builder.HasIndex(r => new { r.Tenant, r.CodeDigest }).IsUnique();
        builder.HasIndex(r => new { r.Tenant, r.AccountId });
    }
}
