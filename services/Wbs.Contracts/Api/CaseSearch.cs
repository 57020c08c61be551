namespace Wbs.Contracts.Api;

/// <summary>What the staff inbox's search promises, kept in one place for the services that answer it together.</summary>
public static class CaseSearch
{
    /// <summary>
    /// A search names and counts at most this many cases: Intake's title search stops there, CaseManagement checks
    /// that many for content reads and counts that far, and the inbox says "at least" beyond.
    /// </summary>
    public const int MaxMatches = 10_000;
}
