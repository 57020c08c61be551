using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Identity.Infrastructure.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.Tenant).HasColumnName("tenant").HasMaxLength(64);
        builder.Property(s => s.Username).HasColumnName("username").HasMaxLength(Usernames.MaxLength);
        builder.Property(s => s.PasswordHash).HasColumnName("password_hash").HasMaxLength(512);
        builder.Property(s => s.SealedTotpSecret).HasColumnName("sealed_totp_secret");
        builder.Property(s => s.Roles).HasColumnName("roles");
        builder.Property(s => s.Disabled).HasColumnName("disabled");
        builder.Property(s => s.LastTotpStep).HasColumnName("last_totp_step");
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.MustChangePassword).HasColumnName("must_change_password");
        builder.Property(s => s.PasswordChangedAt).HasColumnName("password_changed_at");
        builder.Property(s => s.MustEnrolTotp).HasColumnName("must_enrol_totp");
        builder.Property(s => s.SealedPendingTotpSecret).HasColumnName("sealed_pending_totp_secret");
        builder.HasIndex(s => new { s.Tenant, s.Username }).IsUnique();
    }
}
