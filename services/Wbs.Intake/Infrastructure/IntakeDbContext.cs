namespace Wbs.Intake.Infrastructure;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<TenantRecord> TenantRecords => Set<TenantRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Complaint>(e =>
        {
            e.ToTable("complaints");
            e.HasKey(c => c.Id);
            e.Property(c => c.Tenant).HasMaxLength(64);
            e.Property(c => c.TrackingNumber).HasMaxLength(32);
            e.Property(c => c.CodeDigest).HasMaxLength(64);
            e.Property(c => c.Category).HasMaxLength(64);
            e.Property(c => c.ReporterType).HasMaxLength(16);
            e.Property(c => c.Channel).HasMaxLength(16).HasDefaultValue(ReportChannels.Web);
            e.HasIndex(c => new { c.Tenant, c.TrackingNumber }).IsUnique();
            // One code follows one report per tenant; a forwarding gives the same code a report at the destination.
            e.HasIndex(c => new { c.Tenant, c.CodeDigest }).IsUnique();
            e.HasIndex(c => c.ForwardingId).IsUnique();
            e.Ignore(c => c.IsDestroyed);
            e.HasIndex(c => new { c.Tenant, c.AccountId });
            e.OwnsOne(c => c.Completeness, o =>
            {
                o.Property(x => x.What).HasColumnName("has_what");
                o.Property(x => x.Where).HasColumnName("has_where");
                o.Property(x => x.When).HasColumnName("has_when");
                o.Property(x => x.Who).HasColumnName("has_who");
                o.Property(x => x.How).HasColumnName("has_how");
            });
        });
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_records");
            e.HasKey(r => r.Id);
            e.Property(r => r.Tenant).HasMaxLength(64);
            e.Property(r => r.KeyHash).HasMaxLength(64);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.HasIndex(r => new { r.Tenant, r.KeyHash }).IsUnique();
            e.HasIndex(r => r.ExpiresAt);
        });
        modelBuilder.Entity<TenantRecord>(e =>
        {
            e.ToTable("tenant_records");
            e.HasKey(t => t.Slug);
            e.Property(t => t.Slug).HasMaxLength(64);
            e.Property(t => t.Kind).HasMaxLength(16);
            e.Property(t => t.Profile).HasColumnType("jsonb");
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
