using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.EvidenceStorage.Infrastructure.Configurations;

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Tenant).HasMaxLength(64);
        builder.Property(x => x.PlainFileName).HasColumnName("file_name").HasMaxLength(SafeFileName.MaxLength + 16);
        builder.Property(x => x.ContentType).HasMaxLength(200);
        builder.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(x => x.BlobKey).HasMaxLength(200);
        builder.Property(x => x.TrackingNumber).HasMaxLength(40);
        builder.HasIndex(x => new { x.Tenant, x.ComplaintId });
        builder.HasIndex(x => x.CreatedAt).HasFilter("complaint_id IS NULL");
    }
}
