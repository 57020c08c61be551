using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class SessionRevocationConfiguration : IEntityTypeConfiguration<SessionRevocation>
{
    public void Configure(EntityTypeBuilder<SessionRevocation> builder)
    {
        builder.ToTable("session_revocations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.Tenant).HasColumnName("tenant").HasMaxLength(64);
        builder.Property(r => r.SubjectId).HasColumnName("subject_id");
        builder.Property(r => r.SessionId).HasColumnName("session_id");
        builder.Property(r => r.RevokedBefore).HasColumnName("revoked_before");
        builder.Property(r => r.ExpiresAt).HasColumnName("expires_at");
        builder.HasIndex(r => r.ExpiresAt);
    }
}
