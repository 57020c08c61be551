using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit_entries");
        e.Property(a => a.Id).UseIdentityAlwaysColumn();
        e.Property(a => a.Tenant).HasMaxLength(64);
        e.Property(a => a.Actor).HasMaxLength(200);
        e.Property(a => a.Action).HasMaxLength(60);
        e.Property(a => a.TrackingNumber).HasMaxLength(40);
        e.Property(a => a.Detail).HasMaxLength(500);
        e.Property(a => a.PreviousHash).HasMaxLength(64);
        e.Property(a => a.Hash).HasMaxLength(64);
        e.HasIndex(a => new { a.Tenant, a.Sequence }).IsUnique();
    }
}
