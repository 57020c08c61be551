namespace Wbs.EvidenceStorage.Model;

/// <summary>Cleaning a file took longer than its budget: it is refused rather than allowed to stall the service.</summary>
public sealed class CleaningBudgetExceededException() : Exception("Cleaning the file took longer than its budget.");
