namespace Wbs.Intake.Apis;

/// <summary>
/// CaseManagement's request to open a forwarded report at another tenant. <see cref="Content"/> is the
/// report as staff chose to share it (redactions applied); the sealed identity never travels.
/// </summary>
public sealed record ForwardedComplaintRequest(Guid ForwardingId, string DestinationTenant, ReportContent Content);

public sealed record ForwardedComplaintResponse(Guid ComplaintId, string TrackingNumber);
