namespace Wbs.Identity.Infrastructure;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<ReporterAccount> Accounts => Set<ReporterAccount>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<LoginAttempt> LoginAttempts => Set<LoginAttempt>();
    public DbSet<CodeFailureBucket> CodeFailureBuckets => Set<CodeFailureBucket>();
    public DbSet<SessionRevocation> SessionRevocations => Set<SessionRevocation>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        model.AddOutboxAndInbox();
    }
}
