namespace Wbs.Notification.Model;

public static class NotificationKinds
{
    public const string Received = "received";
    public const string StatusChanged = "status_changed";
    public const string MessagePosted = "message_posted";
    public const string Assigned = "assigned";
    public const string DeadlineApproaching = "deadline_approaching";
    public const string IdentityDisclosed = "identity_disclosed";
}
