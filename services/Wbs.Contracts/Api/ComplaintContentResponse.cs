namespace Wbs.Contracts.Api;

/// <summary>A report's content for an authorised caller (internal: CaseManagement forwards the caller's token).</summary>
public sealed record ComplaintContentResponse(
    Guid ComplaintId,
    string TrackingNumber,
    string Category,
    string ReporterType,
    string Title,
    string What,
    string? Where,
    string? When,
    string? Who,
    string? How,
    Completeness Completeness,
    bool HasSealedIdentity,
    IReadOnlyList<Guid> EvidenceIds,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt);
