using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.EvidenceStorage.Infrastructure;

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(x => x.Tenant).HasColumnName("tenant").HasMaxLength(64);
        builder.Property(x => x.FileName).HasColumnName("file_name").HasMaxLength(SafeFileName.MaxLength + 16);
        builder.Property(x => x.ContentType).HasColumnName("content_type").HasMaxLength(200);
        builder.Property(x => x.Size).HasColumnName("size");
        builder.Property(x => x.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(x => x.MetadataRemoved).HasColumnName("metadata_removed");
        builder.Property(x => x.BlobKey).HasColumnName("blob_key").HasMaxLength(200);
        builder.Property(x => x.WrappedKey).HasColumnName("wrapped_key");
        builder.Property(x => x.CreatedAt).HasColumnName("created_at");
        builder.Property(x => x.ComplaintId).HasColumnName("complaint_id");
        builder.Property(x => x.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(40);
        builder.Property(x => x.AttachedAt).HasColumnName("attached_at");
        builder.Property(x => x.ReservedFor).HasColumnName("reserved_for");
        builder.Property(x => x.ReservedAt).HasColumnName("reserved_at");
        builder.HasIndex(x => new { x.Tenant, x.ComplaintId });
        builder.HasIndex(x => x.CreatedAt).HasFilter("complaint_id IS NULL");
    }
}
