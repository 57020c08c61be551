namespace Wbs.EvidenceStorage.Apis;

/// <summary>CaseManagement's forwarding to another tenant: copy these files of the source report to the report opened there.</summary>
public sealed record CopyEvidenceRequest(
    Guid ComplaintId, IReadOnlyList<Guid>? EvidenceIds, string? DestinationTenant, Guid DestinationComplaintId, string? DestinationTrackingNumber);
