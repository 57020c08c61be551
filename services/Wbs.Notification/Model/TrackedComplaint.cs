namespace Wbs.Notification.Model;

/// <summary>What this service knows about a report: enough to address and word notifications.</summary>
public sealed class TrackedComplaint
{
    public required string Tenant { get; set; }
    public Guid ComplaintId { get; set; }
    public required string TrackingNumber { get; set; }
    public Guid? AccountId { get; set; }
    public string Status { get; set; } = CaseStatuses.Received;
}
