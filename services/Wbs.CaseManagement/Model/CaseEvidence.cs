namespace Wbs.CaseManagement.Model;

/// <summary>
/// An evidence file of a report (metadata only; the bytes and the sealed name stay in EvidenceStorage). Keyed by the
/// complaint id without a foreign key, because EvidenceAttached may arrive before ComplaintSubmitted.
/// </summary>
public sealed class CaseEvidence
{
    public Guid ComplaintId { get; set; }
    public Guid EvidenceId { get; set; }
    public required string Tenant { get; set; }
    public long Size { get; set; }
    public bool Supplement { get; set; }
    public DateTimeOffset AttachedAt { get; set; }
}
