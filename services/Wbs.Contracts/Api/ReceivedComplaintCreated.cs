namespace Wbs.Contracts.Api;

/// <summary>The answer to a staff-entered report: the code is shown once, to be handed over on the slip.</summary>
public sealed record ReceivedComplaintCreated(
    Guid ComplaintId,
    string TrackingNumber,
    string ComplaintCode,
    string Channel,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDueAt);
