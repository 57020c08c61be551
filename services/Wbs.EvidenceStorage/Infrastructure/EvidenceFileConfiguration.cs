using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.EvidenceStorage.Infrastructure;

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        e.ToTable("evidence_files");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(x => x.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(x => x.FileName).HasColumnName("file_name").HasMaxLength(SafeFileName.MaxLength + 16);
        e.Property(x => x.ContentType).HasColumnName("content_type").HasMaxLength(200);
        e.Property(x => x.Size).HasColumnName("size");
        e.Property(x => x.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength();
        e.Property(x => x.MetadataRemoved).HasColumnName("metadata_removed");
        e.Property(x => x.BlobKey).HasColumnName("blob_key").HasMaxLength(200);
        e.Property(x => x.WrappedKey).HasColumnName("wrapped_key");
        e.Property(x => x.CreatedAt).HasColumnName("created_at");
        e.Property(x => x.ComplaintId).HasColumnName("complaint_id");
        e.Property(x => x.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(40);
        e.Property(x => x.AttachedAt).HasColumnName("attached_at");
        e.Property(x => x.ReservedFor).HasColumnName("reserved_for");
        e.Property(x => x.ReservedAt).HasColumnName("reserved_at");
        e.HasIndex(x => new { x.Tenant, x.ComplaintId });
        e.HasIndex(x => x.CreatedAt).HasFilter("complaint_id IS NULL");
    }
}
