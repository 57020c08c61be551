using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> e)
    {
        e.ToTable("timeline_entries");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.Tenant).HasMaxLength(64);
        e.Property(t => t.Kind).HasMaxLength(30);
        e.Property(t => t.Status).HasMaxLength(30);
        e.Property(t => t.ActorName).HasMaxLength(200);
        e.HasIndex(t => new { t.CaseId, t.At });
    }
}
