namespace Wbs.Web.Infrastructure.Api.Dtos;

/// <summary>A report received by letter, phone, e-mail or in person, as staff enter it (Intake's <c>POST /api/{tenant}/cases</c>).</summary>
public sealed record ReceivedReportEntry(string ReporterType, string Category, string Title, string What, string? Where, string? When,
    string? Who, string? How, SealedIdentity? Identity, string Channel, DateTimeOffset? ReceivedAt, IReadOnlyList<Guid>? EvidenceIds = null);

/// <summary>The answer: the code is shown once, on the slip handed to the reporter.</summary>
public sealed record ReceivedReportCreated(Guid ComplaintId, string TrackingNumber, string ComplaintCode, string Channel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt);
