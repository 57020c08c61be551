namespace Wbs.Contracts.Api;

/// <summary>The one answer that carries the complaint code; it is shown once and never stored in plaintext.</summary>
public sealed record ComplaintCreated(
    Guid ComplaintId,
    string TrackingNumber,
    string ComplaintCode,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt,
    Completeness Completeness);
