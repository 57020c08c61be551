using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class CodeFailureBucketConfiguration : IEntityTypeConfiguration<CodeFailureBucket>
{
    public void Configure(EntityTypeBuilder<CodeFailureBucket> e)
    {
        e.ToTable("code_failure_buckets");
        e.HasKey(b => new { b.Tenant, b.BucketStart });
        e.Property(b => b.Tenant).HasMaxLength(64);
    }
}
