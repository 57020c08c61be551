namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>The tenant's budget for uploads not yet named by a report is used up.</summary>
public sealed class UnattachedBudgetFullException() : Exception("The tenant's unattached upload budget is full.");
