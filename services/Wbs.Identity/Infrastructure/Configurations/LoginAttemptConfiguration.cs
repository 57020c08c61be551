using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class LoginAttemptConfiguration : IEntityTypeConfiguration<LoginAttempt>
{
    public void Configure(EntityTypeBuilder<LoginAttempt> e)
    {
        e.ToTable("login_attempts");
        e.HasKey(a => a.SubjectId);
        e.Property(a => a.SubjectId).HasColumnName("subject_id").ValueGeneratedNever();
        e.Property(a => a.Failures).HasColumnName("failures");
        e.Property(a => a.LockedUntil).HasColumnName("locked_until");
    }
}
