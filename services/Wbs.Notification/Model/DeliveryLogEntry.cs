namespace Wbs.Notification.Model;

/// <summary>
/// One delivery: what, to whom (a staff address or <see cref="ReporterInbox"/>), when, and the result.
/// A staff e-mail keeps its subject and body (tracking number, status and link only) while it is
/// pending, so a crash between saving and sending leaves it to be sent by <c>StaffMailSender</c>.
/// </summary>
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
    public string? Subject { get; set; }
    public string? Body { get; set; }
    /// <summary>Held by one sender until then; a crash lets another take the e-mail over after it.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    /// <summary>The digest e-mail this one went out in; also its idempotent send marker (Message-ID, file name).</summary>
    public Guid? DigestId { get; set; }
}
