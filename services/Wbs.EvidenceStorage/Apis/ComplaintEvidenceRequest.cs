namespace Wbs.EvidenceStorage.Apis;

/// <summary>
/// Uploads of the report with this id: Intake holds them for a report being submitted (or gives them back),
/// CaseManagement asks for their names to show staff.
/// </summary>
public sealed record ComplaintEvidenceRequest(Guid ComplaintId, IReadOnlyList<Guid>? EvidenceIds);
