namespace Wbs.Notification.Model;

public static class DeliveryResults
{
    public const string Delivered = "delivered";
    public const string Pending = "pending";
    public const string Failed = "failed";
    public const string NoRecipient = "skipped-no-recipient";
}
