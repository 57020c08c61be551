using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> e)
    {
        e.ToTable("reports");
        e.HasKey(r => r.ComplaintId);
        e.Property(r => r.ComplaintId).HasColumnName("complaint_id").ValueGeneratedNever();
        e.Property(r => r.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(r => r.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(64);
        e.Property(r => r.CodeDigest).HasColumnName("code_digest").HasMaxLength(64);
        e.Property(r => r.SubmittedAt).HasColumnName("submitted_at");
        e.Property(r => r.AccountId).HasColumnName("account_id");
        e.Property(r => r.LinkedAt).HasColumnName("linked_at");
        e.HasIndex(r => new { r.Tenant, r.CodeDigest }).IsUnique();
        e.HasIndex(r => new { r.Tenant, r.AccountId });
    }
}
