using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class SlaReminderConfiguration : IEntityTypeConfiguration<SlaReminder>
{
    public void Configure(EntityTypeBuilder<SlaReminder> e)
    {
        e.ToTable("sla_reminders");
        e.HasKey(r => new { r.CaseId, r.Stage });
        e.Property(r => r.Stage).HasMaxLength(20);
    }
}
