using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class ReporterAccountConfiguration : IEntityTypeConfiguration<ReporterAccount>
{
    public void Configure(EntityTypeBuilder<ReporterAccount> builder)
    {
        builder.ToTable("reporter_accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Tenant).HasMaxLength(64);
        builder.Property(a => a.Username).HasMaxLength(Usernames.MaxLength);
        builder.Property(a => a.PasswordHash).HasMaxLength(512);
        builder.HasIndex(a => new { a.Tenant, a.Username }).IsUnique();
    }
}
