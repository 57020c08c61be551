using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class LoginAttemptConfiguration : IEntityTypeConfiguration<LoginAttempt>
{
    public void Configure(EntityTypeBuilder<LoginAttempt> e)
    {
        e.ToTable("login_attempts");
        e.HasKey(a => a.SubjectId);
        e.Property(a => a.SubjectId).ValueGeneratedNever();
    }
}
