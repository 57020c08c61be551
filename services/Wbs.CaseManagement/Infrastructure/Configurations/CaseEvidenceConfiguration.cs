using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseEvidenceConfiguration : IEntityTypeConfiguration<CaseEvidence>
{
    public void Configure(EntityTypeBuilder<CaseEvidence> builder)
    {
        builder.ToTable("case_evidence");
        builder.HasKey(x => new { x.ComplaintId, x.EvidenceId });
        builder.Property(x => x.Tenant).HasMaxLength(64);
        builder.HasIndex(x => x.EvidenceId);
    }
}
