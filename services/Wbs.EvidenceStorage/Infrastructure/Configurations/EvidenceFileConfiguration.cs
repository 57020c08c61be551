using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.EvidenceStorage.Infrastructure.Configurations;

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        e.ToTable("evidence_files");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Tenant).HasMaxLength(64);
        e.Property(x => x.FileName).HasMaxLength(SafeFileName.MaxLength + 16);
        e.Property(x => x.ContentType).HasMaxLength(200);
        e.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
        e.Property(x => x.BlobKey).HasMaxLength(200);
        e.Property(x => x.TrackingNumber).HasMaxLength(40);
        e.HasIndex(x => new { x.Tenant, x.ComplaintId });
        e.HasIndex(x => x.CreatedAt).HasFilter("complaint_id IS NULL");
    }
}
