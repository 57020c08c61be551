using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Tenant).HasMaxLength(64);
        builder.Property(s => s.Username).HasMaxLength(Usernames.MaxLength);
        builder.Property(s => s.PasswordHash).HasMaxLength(512);
        builder.HasIndex(s => new { s.Tenant, s.Username }).IsUnique();
    }
}
