namespace Wbs.Notification.Apis;

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Unread);
