namespace Wbs.Intake.Apis;

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

public sealed record TitlesRequest(IReadOnlyList<string>? TrackingNumbers);

public sealed record TitleItem(string TrackingNumber, string Title);

public sealed record TitlesResponse(IReadOnlyList<TitleItem> Items);

public sealed record SearchResponse(IReadOnlyList<string> TrackingNumbers);
