using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class SessionRevocationConfiguration : IEntityTypeConfiguration<SessionRevocation>
{
    public void Configure(EntityTypeBuilder<SessionRevocation> e)
    {
        e.ToTable("session_revocations");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(r => r.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(r => r.SubjectId).HasColumnName("subject_id");
        e.Property(r => r.SessionId).HasColumnName("session_id");
        e.Property(r => r.RevokedBefore).HasColumnName("revoked_before");
        e.Property(r => r.ExpiresAt).HasColumnName("expires_at");
        e.HasIndex(r => r.ExpiresAt);
    }
}
