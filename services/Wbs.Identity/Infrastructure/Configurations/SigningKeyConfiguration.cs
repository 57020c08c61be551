using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> e)
    {
        e.ToTable("signing_keys");
        e.HasKey(k => k.Id);
        e.Property(k => k.Id).HasMaxLength(64);
    }
}
