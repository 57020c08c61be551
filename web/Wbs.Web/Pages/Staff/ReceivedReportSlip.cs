namespace Wbs.Web.Pages.Staff;

/// <summary>What the printed slip shows, carried once from the POST to the page in an encrypted one-time cookie.</summary>
public sealed record ReceivedReportSlip(string TrackingNumber, string ComplaintCode, string Channel, DateTimeOffset ReceivedAt,
    DateTimeOffset ResponseDueAt);
