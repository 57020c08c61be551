using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReporterAccountConfiguration : IEntityTypeConfiguration<ReporterAccount>
{
    public void Configure(EntityTypeBuilder<ReporterAccount> e)
    {
        e.ToTable("reporter_accounts");
        e.HasKey(a => a.Id);
        e.Property(a => a.Tenant).HasMaxLength(64);
        e.Property(a => a.Username).HasMaxLength(Usernames.MaxLength);
        e.Property(a => a.PasswordHash).HasMaxLength(512);
        e.HasIndex(a => new { a.Tenant, a.Username }).IsUnique();
    }
}
