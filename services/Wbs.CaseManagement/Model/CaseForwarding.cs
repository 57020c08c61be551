namespace Wbs.CaseManagement.Model;

/// <summary>
/// A case sent to another body. What was shared is kept so the signed package can be rebuilt on
/// download: the chosen evidence and the redactions (sealed: a redacted passage is itself report content).
/// </summary>
public sealed class CaseForwarding
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string Tenant { get; set; }
    public required string TrackingNumber { get; set; }
    /// <summary><c>lapor</c>, <c>kpk</c>, <c>apip</c> or <c>tenant:&lt;slug&gt;</c>.</summary>
    public required string Destination { get; set; }
    public string? DestinationTrackingNumber { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];
    /// <summary><see cref="ForwardingDetails"/> as sealed JSON (redacted passages are report content); null once retention destroyed it.</summary>
    public byte[]? SealedDetails { get; set; }
    public int RedactionCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? ActorId { get; set; }
    public string? ActorName { get; set; }
}
