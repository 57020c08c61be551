namespace Wbs.Notification.Model;

/// <summary>An entry in a reporter's in-app inbox. Its text names the tracking number and what happened, never report content.</summary>
public sealed class ReporterNotification
{
    public Guid Id { get; set; }
    public required string Tenant { get; set; }
    public Guid ComplaintId { get; set; }
    /// <summary>The account that followed the report when the entry was written, if any.</summary>
    public Guid? AccountId { get; set; }
    public required string TrackingNumber { get; set; }
    public required string Kind { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
