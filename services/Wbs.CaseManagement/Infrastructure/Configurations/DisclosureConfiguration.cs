using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> e)
    {
        e.ToTable("disclosures");
        e.Property(d => d.Id).ValueGeneratedNever();
        e.Property(d => d.Tenant).HasMaxLength(64);
        e.Property(d => d.TrackingNumber).HasMaxLength(40);
        e.Property(d => d.RequesterName).HasMaxLength(200);
        e.Property(d => d.DeciderName).HasMaxLength(200);
        e.Property(d => d.Status).HasMaxLength(16);
        e.Property(d => d.Version).IsRowVersion();
        e.HasIndex(d => new { d.Tenant, d.Status, d.RequestedAt });
        e.HasIndex(d => new { d.CaseId, d.RequesterId });
    }
}
