namespace Wbs.CaseManagement.Model;

/// <summary>
/// An append-only audit record. Each entry's <see cref="Hash"/> covers its fields and the previous
/// entry's hash of the same tenant, so editing or deleting a row breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string Tenant { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? TrackingNumber { get; set; }
    public string? Detail { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    /// <summary>This entry as the head of its chain, for the next to link to.</summary>
    public AuditHead Head => new(Sequence, Hash);
}
