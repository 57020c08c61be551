using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.ToTable("cases");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Tenant).HasMaxLength(64);
        e.Property(c => c.TrackingNumber).HasMaxLength(40);
        e.Property(c => c.Category).HasMaxLength(100);
        e.Property(c => c.ReporterType).HasMaxLength(20);
        e.Property(c => c.Channel).HasMaxLength(20).HasDefaultValue(ReportChannels.Web);
        e.Property(c => c.Status).HasMaxLength(30);
        e.Property(c => c.Outcome).HasMaxLength(30);
        e.Property(c => c.AssigneeName).HasMaxLength(200);
        e.Property(c => c.ForwardedTo).HasMaxLength(100);
        e.Property(c => c.Version).IsRowVersion();
        e.Ignore(c => c.IsOpen);
        e.HasIndex(c => new { c.Tenant, c.TrackingNumber }).IsUnique();
        e.HasIndex(c => new { c.Tenant, c.AccountId });
        // The inbox's order (response due, tracking number) under each of its filters: keyset pages read only their rows.
        e.HasIndex(c => new { c.Tenant, c.ResponseDueAt, c.TrackingNumber });
        e.HasIndex(c => new { c.Tenant, c.Status, c.ResponseDueAt, c.TrackingNumber });
        e.HasIndex(c => new { c.Tenant, c.AssigneeId, c.ResponseDueAt, c.TrackingNumber });
        e.HasMany(c => c.Timeline).WithOne().HasForeignKey(t => t.CaseId);
        e.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.CaseId);
    }
}
