namespace Wbs.Notification.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<ReporterNotification> Notifications => Set<ReporterNotification>();
    public DbSet<TrackedComplaint> Complaints => Set<TrackedComplaint>();
    public DbSet<DeliveryLogEntry> DeliveryLog => Set<DeliveryLogEntry>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        model.AddOutboxAndInbox();
    }
}
