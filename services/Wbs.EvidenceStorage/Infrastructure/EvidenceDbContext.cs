namespace Wbs.EvidenceStorage.Infrastructure;

public sealed class EvidenceDbContext(DbContextOptions<EvidenceDbContext> options) : DbContext(options)
{
    public DbSet<EvidenceFile> Evidence => Set<EvidenceFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvidenceDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
