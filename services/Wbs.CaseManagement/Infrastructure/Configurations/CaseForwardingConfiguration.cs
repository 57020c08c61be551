using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseForwardingConfiguration : IEntityTypeConfiguration<CaseForwarding>
{
    public void Configure(EntityTypeBuilder<CaseForwarding> e)
    {
        e.ToTable("forwardings");
        e.Property(f => f.Id).ValueGeneratedNever();
        e.Property(f => f.Tenant).HasMaxLength(64);
        e.Property(f => f.TrackingNumber).HasMaxLength(40);
        e.Property(f => f.Destination).HasMaxLength(100);
        e.Property(f => f.DestinationTrackingNumber).HasMaxLength(40);
        e.Property(f => f.ActorName).HasMaxLength(200);
        e.HasIndex(f => f.CaseId);
    }
}
