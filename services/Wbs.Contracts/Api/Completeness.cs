namespace Wbs.Contracts.Api;

/// <summary>Which of the 4W+1H elements a report answers, so the UI can nudge for the rest.</summary>
public sealed record Completeness(bool What, bool Where, bool When, bool Who, bool How);
