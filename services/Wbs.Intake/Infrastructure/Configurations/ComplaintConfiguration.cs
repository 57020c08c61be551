using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Intake.Infrastructure.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> e)
    {
        e.ToTable("complaints");
        e.HasKey(c => c.Id);
        e.Property(c => c.Tenant).HasMaxLength(64);
        e.Property(c => c.TrackingNumber).HasMaxLength(32);
        e.Property(c => c.CodeDigest).HasMaxLength(64);
        e.Property(c => c.Category).HasMaxLength(64);
        e.Property(c => c.ReporterType).HasMaxLength(16);
        e.Property(c => c.Channel).HasMaxLength(16).HasDefaultValue(ReportChannels.Web);
        e.HasIndex(c => new { c.Tenant, c.TrackingNumber }).IsUnique();
        // One code follows one report per tenant; a forwarding gives the same code a report at the destination.
        e.HasIndex(c => new { c.Tenant, c.CodeDigest }).IsUnique();
        e.HasIndex(c => c.ForwardingId).IsUnique();
        e.Ignore(c => c.IsDestroyed);
        e.HasIndex(c => new { c.Tenant, c.AccountId });
        e.OwnsOne(c => c.Completeness);
    }
}
