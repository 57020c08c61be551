namespace Wbs.Intake.Apis;

public sealed record CodeDigestMatch(Guid ComplaintId, string TrackingNumber, DateTimeOffset SubmittedAt, Guid? AccountId);
