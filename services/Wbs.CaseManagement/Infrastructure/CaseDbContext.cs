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
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CaseDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
