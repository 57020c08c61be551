using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class SlaReminderConfiguration : IEntityTypeConfiguration<SlaReminder>
{
    public void Configure(EntityTypeBuilder<SlaReminder> builder)
    {
        builder.ToTable("sla_reminders");
        builder.HasKey(r => new { r.CaseId, r.Stage });
        builder.Property(r => r.Stage).HasMaxLength(20);
    }
}
