using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("timeline_entries");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Tenant).HasMaxLength(64);
        builder.Property(t => t.Kind).HasMaxLength(30);
        builder.Property(t => t.Status).HasMaxLength(30);
        builder.Property(t => t.ActorName).HasMaxLength(200);
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}
