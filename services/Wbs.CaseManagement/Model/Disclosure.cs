namespace Wbs.CaseManagement.Model;

/// <summary>
/// A staff member's request to see a reporter's sealed identity, decided by a custodian who is not
/// the requester (GlobaLeaks' model). Reason and note are sealed: they may quote the report.
/// Once approved, only the requester may read the identity, until <see cref="ExpiresAt"/>.
/// </summary>
public sealed class Disclosure
{
    public Guid Id { get; set; }
    public required string Tenant { get; set; }
    public Guid CaseId { get; set; }
    public required string TrackingNumber { get; set; }
    public Guid RequesterId { get; set; }
    public required string RequesterName { get; set; }
    public required byte[] Reason { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? DeciderId { get; set; }
    public string? DeciderName { get; set; }
    public byte[]? Note { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    /// <summary>PostgreSQL's xmin: two custodians deciding at once cannot both win.</summary>
    public uint Version { get; set; }

    /// <summary>Sealing purposes: reason and note of one row never open as each other.</summary>
    public const string ReasonPurpose = "disclosure-reason", NotePurpose = "disclosure-note";
}
