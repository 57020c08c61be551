namespace Wbs.Contracts.Api;

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Unread);
