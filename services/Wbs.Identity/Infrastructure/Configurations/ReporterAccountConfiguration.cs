using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReporterAccountConfiguration : IEntityTypeConfiguration<ReporterAccount>
{
    public void Configure(EntityTypeBuilder<ReporterAccount> builder)
    {
        builder.ToTable("reporter_accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.Tenant).HasColumnName("tenant").HasMaxLength(64);
        builder.Property(a => a.Username).HasColumnName("username").HasMaxLength(Usernames.MaxLength);
        builder.Property(a => a.PasswordHash).HasColumnName("password_hash").HasMaxLength(512);
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.PasswordChangedAt).HasColumnName("password_changed_at");
        builder.HasIndex(a => new { a.Tenant, a.Username }).IsUnique();
    }
}
