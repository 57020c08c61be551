namespace Wbs.Intake.Model;

/// <summary>
/// A submitted report, the system of record. It never changes after submission except for the
/// account that follows it. Content and sealed identity are ciphertexts (see <see cref="ComplaintSealer"/>);
/// the complaint code exists here only as its HMAC digest.
/// </summary>
public sealed class Complaint
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    public required string TrackingNumber { get; init; }
    public required string CodeDigest { get; init; }
    public required string Category { get; init; }
    public required string ReporterType { get; init; }
    /// <summary>Null once retention destroyed it (its wrapped data key went with it).</summary>
    public required byte[]? SealedContent { get; set; }
    /// <summary>
    /// The title sealed on its own (under the content's keys), so that search and lists open a few bytes instead of a whole
    /// report. Null once the content is destroyed, or for a report sealed before it existed, until TitleIndexBackfill seals it.
    /// </summary>
    public byte[]? SealedTitle { get; set; }
    /// <summary>Left at submission or later by the reporter (never read back by them); opened only for an approved disclosure.</summary>
    public byte[]? SealedIdentity { get; set; }
    public required Completeness Completeness { get; init; }
    public List<Guid> EvidenceIds { get; init; } = [];
    public Guid? AccountId { get; set; }
    /// <summary>One of <see cref="ReportChannels"/>: staff enter reports that came by letter, phone, e-mail or in person.</summary>
    public string Channel { get; init; } = ReportChannels.Web;
    /// <summary>When the agency received the report: for a letter or a call, the day it came, not the day it was entered.</summary>
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset ResponseDueAt { get; init; }
    /// <summary>The forwarding (CaseManagement's id) that created this report from another tenant's, if any.</summary>
    public Guid? ForwardingId { get; init; }
    public DateTimeOffset? ContentDestroyedAt { get; set; }

    /// <summary>The title's blind-index tokens (<see cref="Infrastructure.TitleIndex"/>); null once the content is destroyed, or before it is indexed.</summary>
    public int[]? TitleTokens { get; set; }

    public bool IsDestroyed => SealedContent is null;

    /// <summary>The event announcing this report (written to the outbox with it); staff who entered a received report are named.</summary>
    public ComplaintSubmitted ToSubmitted(Guid? enteredById = null, string? enteredByName = null) => new()
    {
        ComplaintId = Id,
        Tenant = Tenant,
        TrackingNumber = TrackingNumber,
        Category = Category,
        ReporterType = ReporterType,
        AccountId = AccountId,
        EvidenceIds = EvidenceIds,
        CodeDigest = CodeDigest,
        SubmittedAt = SubmittedAt,
        ResponseDueAt = ResponseDueAt,
        HasSealedIdentity = SealedIdentity is not null,
        Channel = Channel,
        EnteredById = enteredById,
        EnteredByName = enteredByName,
    };
}
