using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> e)
    {
        e.ToTable("case_messages");
        e.Property(m => m.Id).ValueGeneratedNever();
        e.Property(m => m.Tenant).HasMaxLength(64);
        e.Property(m => m.From).HasMaxLength(20);
        e.Property(m => m.AuthorName).HasMaxLength(200);
        e.HasIndex(m => new { m.CaseId, m.At });
    }
}
