namespace Wbs.CaseManagement.Model;

/// <summary>How a closed case ended.</summary>
public static class CaseOutcome
{
    public const string Proven = "proven";
    public const string NotProven = "not_proven";
    public const string Forwarded = "forwarded";

    public static readonly string[] All = [Proven, NotProven, Forwarded];

    public static bool IsKnown(string? outcome) => outcome is not null && All.Contains(outcome);
}
