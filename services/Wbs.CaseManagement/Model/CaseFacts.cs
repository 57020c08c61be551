namespace Wbs.CaseManagement.Model;

/// <summary>The metadata of one case that statistics count (no content).</summary>
public sealed record CaseFacts(string Status, string Category, string ReporterType, string? Outcome, DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt, DateTimeOffset? FirstResponseAt, DateTimeOffset? ResolvedAt, string Channel = ReportChannels.Web);
