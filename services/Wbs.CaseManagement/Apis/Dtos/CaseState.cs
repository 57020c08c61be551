namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record CaseState(string TrackingNumber, string Status, string StatusLabel, IReadOnlyList<string> AllowedTransitions,
    Assignee? Assignee);
