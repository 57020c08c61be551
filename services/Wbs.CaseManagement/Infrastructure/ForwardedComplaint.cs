namespace Wbs.CaseManagement.Infrastructure;

/// <summary>The report Intake opened at the destination tenant.</summary>
public sealed record ForwardedComplaint(Guid ComplaintId, string TrackingNumber);
