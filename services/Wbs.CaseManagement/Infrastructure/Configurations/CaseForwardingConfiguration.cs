using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseForwardingConfiguration : IEntityTypeConfiguration<CaseForwarding>
{
    public void Configure(EntityTypeBuilder<CaseForwarding> builder)
    {
        builder.ToTable("forwardings");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Tenant).HasMaxLength(64);
        builder.Property(f => f.TrackingNumber).HasMaxLength(40);
        builder.Property(f => f.Destination).HasMaxLength(100);
        builder.Property(f => f.DestinationTrackingNumber).HasMaxLength(40);
        builder.Property(f => f.ActorName).HasMaxLength(200);
        builder.HasIndex(f => f.CaseId);
    }
}
