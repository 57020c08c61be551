using Wbs.ServiceDefaults.Data;

namespace Wbs.Notification.Infrastructure;

/// <summary>For the dotnet-ef tool only: migrations are generated without a running host.</summary>
internal sealed class NotificationDbContextFactory : DesignTimeDbContextFactory<NotificationDbContext>;
