namespace Wbs.Intake.Infrastructure;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(IntakeDbContext).Assembly);
        model.AddOutboxAndInbox();
    }
}
