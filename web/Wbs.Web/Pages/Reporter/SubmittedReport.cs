namespace Wbs.Web.Pages.Reporter;

/// <summary>What the result page shows once (carried by <see cref="OneTimeCookie"/>).</summary>
public sealed record SubmittedReport(string TrackingNumber, string ComplaintCode, DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt,
    Completeness Completeness, bool LinkedToAccount, string? ContentDigest = null);
