namespace Wbs.Web.Infrastructure.Api.Dtos;

// The shapes of Intake's public answers (API.md); records only, read-only views for pages.

public sealed record ComplaintSubmission(string ReporterType, string Category, string Title, string What, string? Where,
    string? When, string? Who, string? How, IReadOnlyList<Guid> EvidenceIds, SealedIdentity? Identity);

public sealed record SealedIdentity(string? Name, string? Contact);

public sealed record ComplaintCreated(Guid ComplaintId, string TrackingNumber, string ComplaintCode, DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt, Completeness Completeness);

public sealed record Completeness(bool What, bool Where, bool When, bool Who, bool How);
