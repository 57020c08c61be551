using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReporterAccountConfiguration : IEntityTypeConfiguration<ReporterAccount>
{
    public void Configure(EntityTypeBuilder<ReporterAccount> e)
    {
        e.ToTable("reporter_accounts");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id");
        e.Property(a => a.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(a => a.Username).HasColumnName("username").HasMaxLength(Usernames.MaxLength);
        e.Property(a => a.PasswordHash).HasColumnName("password_hash").HasMaxLength(512);
        e.Property(a => a.CreatedAt).HasColumnName("created_at");
        e.Property(a => a.PasswordChangedAt).HasColumnName("password_changed_at");
        e.HasIndex(a => new { a.Tenant, a.Username }).IsUnique();
    }
}
