namespace Wbs.Notification.Model;

/// <summary>One delivery attempt: what, to whom (a staff address or <see cref="ReporterInbox"/>), when, and the result.</summary>
public sealed class DeliveryLogEntry
{
    public const string ReporterInbox = "reporter-inbox";

    public Guid Id { get; set; }
    public required string Tenant { get; set; }
    public required string TrackingNumber { get; set; }
    public required string What { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Result { get; set; }
}
