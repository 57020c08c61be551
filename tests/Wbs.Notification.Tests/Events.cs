namespace Wbs.Notification.Tests;

/// <summary>Test events with fresh ids.</summary>
public static class Events
{
    private static int _sequence = Random.Shared.Next(1000, 9000);

    public static string NewTrackingNumber() => $"WBS-2026-{Interlocked.Increment(ref _sequence):D6}";

    public static CaseStatusChanged StatusChanged(Guid complaintId, string trackingNumber, string to = "in_verification") => new()
    {
        Tenant = "banjarnegara",
        ComplaintId = complaintId,
        TrackingNumber = trackingNumber,
        From = "received",
        To = to,
        ChangedAt = DateTimeOffset.UtcNow,
    };

    public static ComplaintSubmitted Submitted(Guid complaintId, string trackingNumber, Guid? accountId = null) => new()
    {
        ComplaintId = complaintId,
        Tenant = "banjarnegara",
        TrackingNumber = trackingNumber,
        Category = "korupsi",
        ReporterType = "external",
        AccountId = accountId,
        CodeDigest = "digest",
        SubmittedAt = DateTimeOffset.UtcNow,
        ResponseDueAt = DateTimeOffset.UtcNow.AddDays(30),
    };
}
