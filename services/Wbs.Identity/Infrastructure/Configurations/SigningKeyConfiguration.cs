using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> e)
    {
        e.ToTable("signing_keys");
        e.HasKey(k => k.Id);
        e.Property(k => k.Id).HasColumnName("id").HasMaxLength(64);
        e.Property(k => k.SealedPrivateKey).HasColumnName("sealed_private_key");
        e.Property(k => k.CreatedAt).HasColumnName("created_at");
        e.Property(k => k.ActivatesAt).HasColumnName("activates_at");
        e.Property(k => k.RetiredAt).HasColumnName("retired_at");
    }
}
