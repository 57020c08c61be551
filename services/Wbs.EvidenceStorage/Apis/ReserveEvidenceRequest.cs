namespace Wbs.EvidenceStorage.Apis;

/// <summary>Intake, while a report is being submitted: hold these uploads for the report with this id (or give them back).</summary>
public sealed record ReserveEvidenceRequest(Guid ComplaintId, IReadOnlyList<Guid>? EvidenceIds);
