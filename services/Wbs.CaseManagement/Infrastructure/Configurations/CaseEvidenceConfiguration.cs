using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseEvidenceConfiguration : IEntityTypeConfiguration<CaseEvidence>
{
    public void Configure(EntityTypeBuilder<CaseEvidence> e)
    {
        e.ToTable("case_evidence");
        e.HasKey(x => new { x.ComplaintId, x.EvidenceId });
        e.Property(x => x.Tenant).HasMaxLength(64);
        e.Property(x => x.FileName).HasMaxLength(300);
        e.HasIndex(x => x.EvidenceId);
    }
}
