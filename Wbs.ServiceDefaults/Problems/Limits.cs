namespace Wbs.ServiceDefaults.Problems;

/// <summary>The request limits several services check, each stated once.</summary>
public static class Limits
{
    /// <summary>Evidence files one report carries at submission, and one supplement adds at once.</summary>
    public const int EvidencePerReport = 20;

    /// <summary>Evidence ids one internal call (attach, reserve, check, forward) may name.</summary>
    public const int EvidenceIdsPerCall = 100;
}
