namespace Wbs.Web.Pages.Reporter;

/// <summary>The reporter's notifications as a list with "tandai sudah dibaca" buttons; the report list also links each report.</summary>
public sealed record NotificationsView(string Slug, IReadOnlyList<NotificationItem> Items, int Unread, bool LinkReports);
