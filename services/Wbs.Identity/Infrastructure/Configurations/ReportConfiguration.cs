using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.ComplaintId);
        builder.Property(r => r.ComplaintId).HasColumnName("complaint_id").ValueGeneratedNever();
        builder.Property(r => r.Tenant).HasColumnName("tenant").HasMaxLength(64);
        builder.Property(r => r.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(64);
        builder.Property(r => r.CodeDigest).HasColumnName("code_digest").HasMaxLength(64);
        builder.Property(r => r.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(r => r.AccountId).HasColumnName("account_id");
        builder.Property(r => r.LinkedAt).HasColumnName("linked_at");
        builder.HasIndex(r => new { r.Tenant, r.CodeDigest }).IsUnique();
        builder.HasIndex(r => new { r.Tenant, r.AccountId });
    }
}
