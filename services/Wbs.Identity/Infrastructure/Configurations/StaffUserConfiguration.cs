using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> e)
    {
        e.ToTable("staff_users");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(s => s.Tenant).HasColumnName("tenant").HasMaxLength(64);
        e.Property(s => s.Username).HasColumnName("username").HasMaxLength(Usernames.MaxLength);
        e.Property(s => s.PasswordHash).HasColumnName("password_hash").HasMaxLength(512);
        e.Property(s => s.SealedTotpSecret).HasColumnName("sealed_totp_secret");
        e.Property(s => s.Roles).HasColumnName("roles");
        e.Property(s => s.Disabled).HasColumnName("disabled");
        e.Property(s => s.LastTotpStep).HasColumnName("last_totp_step");
        e.Property(s => s.CreatedAt).HasColumnName("created_at");
        e.Property(s => s.MustChangePassword).HasColumnName("must_change_password");
        e.Property(s => s.PasswordChangedAt).HasColumnName("password_changed_at");
        e.Property(s => s.MustEnrolTotp).HasColumnName("must_enrol_totp");
        e.Property(s => s.SealedPendingTotpSecret).HasColumnName("sealed_pending_totp_secret");
        e.HasIndex(s => new { s.Tenant, s.Username }).IsUnique();
    }
}
