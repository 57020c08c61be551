namespace Wbs.Notification.Apis;

public sealed class NotificationServices(NotificationDbContext db, TimeProvider clock)
{
    public NotificationDbContext Db { get; } = db;
    public TimeProvider Clock { get; } = clock;
}
