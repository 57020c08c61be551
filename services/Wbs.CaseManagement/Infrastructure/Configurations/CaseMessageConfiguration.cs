using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.CaseManagement.Infrastructure.Configurations;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.ToTable("case_messages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Tenant).HasMaxLength(64);
        builder.Property(m => m.From).HasMaxLength(20);
        builder.Property(m => m.AuthorName).HasMaxLength(200);
        builder.HasIndex(m => new { m.CaseId, m.At });
    }
}
