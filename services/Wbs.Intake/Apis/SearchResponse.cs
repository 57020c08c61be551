namespace Wbs.Intake.Apis;

/// <summary>A title search's matches the caller may see, with their titles.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchMatch> Items);

/// <summary>
/// A match, with its response due date: CaseManagement sorts its inbox by that date, copied unchanged into the case, so it
/// can order the matches itself instead of looking each one up.
/// </summary>
public sealed record SearchMatch(string TrackingNumber, string Title, DateTimeOffset ResponseDueAt);
