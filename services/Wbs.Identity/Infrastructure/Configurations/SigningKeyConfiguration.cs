using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(k => k.SealedPrivateKey).HasColumnName("sealed_private_key");
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
        builder.Property(k => k.ActivatesAt).HasColumnName("activates_at");
        builder.Property(k => k.RetiredAt).HasColumnName("retired_at");
    }
}
