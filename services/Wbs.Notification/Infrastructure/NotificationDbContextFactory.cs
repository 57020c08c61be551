using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.Notification.Infrastructure;

/// <summary>For the dotnet-ef tool only: migrations are generated without a running host.</summary>
internal sealed class NotificationDbContextFactory : IDesignTimeDbContextFactory<NotificationDbContext>
{
    public NotificationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NotificationDbContext>()
            .UseNpgsql("Host=localhost;Database=notificationdb_design")
            .Options);
}
