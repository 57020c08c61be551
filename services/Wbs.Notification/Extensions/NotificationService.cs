namespace Wbs.Notification.Extensions;

/// <summary>Names the Notification assembly for test hosts without clashing with other services' <c>Program</c>.</summary>
public sealed class NotificationService;
