namespace Wbs.CaseManagement.Infrastructure;

public sealed class CaseDbContext(DbContextOptions<CaseDbContext> options) : DbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<CaseMessage> Messages => Set<CaseMessage>();
    public DbSet<CaseEvidence> Evidence => Set<CaseEvidence>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<SlaReminder> SlaReminders => Set<SlaReminder>();
    public DbSet<CaseForwarding> Forwardings => Set<CaseForwarding>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Case>(e =>
        {
            e.ToTable("cases");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.Tenant).HasMaxLength(64);
            e.Property(c => c.TrackingNumber).HasMaxLength(40);
            e.Property(c => c.Category).HasMaxLength(100);
            e.Property(c => c.ReporterType).HasMaxLength(20);
            e.Property(c => c.Channel).HasMaxLength(20).HasDefaultValue(ReportChannels.Web);
            e.Property(c => c.Status).HasMaxLength(30);
            e.Property(c => c.Outcome).HasMaxLength(30);
            e.Property(c => c.AssigneeName).HasMaxLength(200);
            e.Property(c => c.ForwardedTo).HasMaxLength(100);
            e.Property(c => c.Version).IsRowVersion();
            e.Ignore(c => c.IsOpen);
            e.HasIndex(c => new { c.Tenant, c.TrackingNumber }).IsUnique();
            e.HasIndex(c => new { c.Tenant, c.AccountId });
            // The inbox's order (response due, tracking number) under each of its filters: keyset pages read only their rows.
            e.HasIndex(c => new { c.Tenant, c.ResponseDueAt, c.TrackingNumber });
            e.HasIndex(c => new { c.Tenant, c.Status, c.ResponseDueAt, c.TrackingNumber });
            e.HasIndex(c => new { c.Tenant, c.AssigneeId, c.ResponseDueAt, c.TrackingNumber });
            // The inbox search matches any part of a tracking number (ILIKE '%…%'): trigrams instead of reading every row.
            e.HasIndex(c => c.TrackingNumber).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasMany(c => c.Timeline).WithOne().HasForeignKey(t => t.CaseId);
            e.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.CaseId);
        });
        modelBuilder.Entity<TimelineEntry>(e =>
        {
            e.ToTable("timeline_entries");
            e.Property(t => t.Id).ValueGeneratedNever();
            e.Property(t => t.Tenant).HasMaxLength(64);
            e.Property(t => t.Kind).HasMaxLength(30);
            e.Property(t => t.Status).HasMaxLength(30);
            e.Property(t => t.ActorName).HasMaxLength(200);
            e.HasIndex(t => new { t.CaseId, t.At });
        });
        modelBuilder.Entity<CaseMessage>(e =>
        {
            e.ToTable("case_messages");
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.Tenant).HasMaxLength(64);
            e.Property(m => m.From).HasMaxLength(20);
            e.Property(m => m.AuthorName).HasMaxLength(200);
            e.HasIndex(m => new { m.CaseId, m.At });
        });
        modelBuilder.Entity<CaseEvidence>(e =>
        {
            e.ToTable("case_evidence");
            e.HasKey(x => new { x.ComplaintId, x.EvidenceId });
            e.Property(x => x.Tenant).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(300);
            e.HasIndex(x => x.EvidenceId);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.Property(a => a.Id).UseIdentityAlwaysColumn();
            e.Property(a => a.Tenant).HasMaxLength(64);
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(60);
            e.Property(a => a.TrackingNumber).HasMaxLength(40);
            e.Property(a => a.Detail).HasMaxLength(500);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => new { a.Tenant, a.Sequence }).IsUnique();
        });
        modelBuilder.Entity<SlaReminder>(e =>
        {
            e.ToTable("sla_reminders");
            e.HasKey(r => new { r.CaseId, r.Stage });
            e.Property(r => r.Stage).HasMaxLength(20);
        });
        modelBuilder.Entity<Disclosure>(e =>
        {
            e.ToTable("disclosures");
            e.Property(d => d.Id).ValueGeneratedNever();
            e.Property(d => d.Tenant).HasMaxLength(64);
            e.Property(d => d.TrackingNumber).HasMaxLength(40);
            e.Property(d => d.RequesterName).HasMaxLength(200);
            e.Property(d => d.DeciderName).HasMaxLength(200);
            e.Property(d => d.Status).HasMaxLength(16);
            e.Property(d => d.Version).IsRowVersion();
            e.HasIndex(d => new { d.Tenant, d.Status, d.RequestedAt });
            e.HasIndex(d => new { d.CaseId, d.RequesterId });
        });

        modelBuilder.Entity<CaseForwarding>(e =>
        {
            e.ToTable("forwardings");
            e.Property(f => f.Id).ValueGeneratedNever();
            e.Property(f => f.Tenant).HasMaxLength(64);
            e.Property(f => f.TrackingNumber).HasMaxLength(40);
            e.Property(f => f.Destination).HasMaxLength(100);
            e.Property(f => f.DestinationTrackingNumber).HasMaxLength(40);
            e.Property(f => f.ActorName).HasMaxLength(200);
            e.HasIndex(f => f.CaseId);
        });

        modelBuilder.UseSnakeCaseColumns();
        modelBuilder.AddOutboxAndInbox();
    }
}
