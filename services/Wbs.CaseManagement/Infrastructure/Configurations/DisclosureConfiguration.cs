using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.ToTable("disclosures");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Tenant).HasMaxLength(64);
        builder.Property(d => d.TrackingNumber).HasMaxLength(40);
        builder.Property(d => d.RequesterName).HasMaxLength(200);
        builder.Property(d => d.DeciderName).HasMaxLength(200);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasIndex(d => new { d.Tenant, d.Status, d.RequestedAt });
        builder.HasIndex(d => new { d.CaseId, d.RequesterId });
    }
}
