using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Intake.Infrastructure.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Tenant).HasMaxLength(64);
        builder.Property(r => r.KeyDigest).HasMaxLength(64);
        builder.Property(r => r.RequestDigest).HasMaxLength(64);
        builder.HasIndex(r => new { r.Tenant, r.KeyDigest }).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}
