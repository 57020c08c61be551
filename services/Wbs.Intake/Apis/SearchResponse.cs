namespace Wbs.Intake.Apis;

public sealed record SearchResponse(IReadOnlyList<string> TrackingNumbers);
