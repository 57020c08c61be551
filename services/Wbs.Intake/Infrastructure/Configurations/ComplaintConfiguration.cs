using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wbs.Intake.Infrastructure.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Tenant).HasMaxLength(64);
        builder.Property(c => c.TrackingNumber).HasMaxLength(32);
        builder.Property(c => c.CodeDigest).HasMaxLength(64);
        builder.Property(c => c.Category).HasMaxLength(64);
        builder.Property(c => c.ReporterType).HasMaxLength(16);
        builder.Property(c => c.Channel).HasMaxLength(16).HasDefaultValue(ReportChannels.Web);
        builder.HasIndex(c => new { c.Tenant, c.TrackingNumber }).IsUnique();
        // One code follows one report per tenant; a forwarding gives the same code a report at the destination.
        builder.HasIndex(c => new { c.Tenant, c.CodeDigest }).IsUnique();
        builder.HasIndex(c => c.ForwardingId).IsUnique();
        builder.Ignore(c => c.IsDestroyed);
        builder.HasIndex(c => new { c.Tenant, c.AccountId });
        builder.HasIndex(c => c.TitleTokens).HasMethod("gin");
        // Rows written before the title index or the sealed title existed, until TitleIndexBackfill has done them.
        builder.HasIndex(c => c.Tenant, "ix_complaints_titles_to_index").HasDatabaseName("ix_complaints_titles_to_index")
            .HasFilter("(title_tokens IS NULL OR sealed_title IS NULL) AND sealed_content IS NOT NULL");
        builder.OwnsOne(c => c.Completeness);
    }
}
