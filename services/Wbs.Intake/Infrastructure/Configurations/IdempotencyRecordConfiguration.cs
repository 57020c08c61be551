using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Intake.Infrastructure.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> e)
    {
        e.ToTable("idempotency_records");
        e.HasKey(r => r.Id);
        e.Property(r => r.Tenant).HasMaxLength(64);
        e.Property(r => r.KeyHash).HasMaxLength(64);
        e.Property(r => r.RequestHash).HasMaxLength(64);
        e.HasIndex(r => new { r.Tenant, r.KeyHash }).IsUnique();
        e.HasIndex(r => r.ExpiresAt);
    }
}
