using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Intake.Infrastructure.Configurations;

internal sealed class TenantRecordConfiguration : IEntityTypeConfiguration<TenantRecord>
{
    public void Configure(EntityTypeBuilder<TenantRecord> builder)
    {
        builder.ToTable("tenant_records");
        builder.HasKey(t => t.Slug);
        builder.Property(t => t.Slug).HasMaxLength(64);
        builder.Property(t => t.Kind).HasMaxLength(16);
        builder.Property(t => t.Profile).HasColumnType("jsonb");
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
