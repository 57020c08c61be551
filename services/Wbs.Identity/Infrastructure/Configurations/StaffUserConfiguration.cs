using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> e)
    {
        e.ToTable("staff_users");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Tenant).HasMaxLength(64);
        e.Property(s => s.Username).HasMaxLength(Usernames.MaxLength);
        e.Property(s => s.PasswordHash).HasMaxLength(512);
        e.HasIndex(s => new { s.Tenant, s.Username }).IsUnique();
    }
}
