namespace Wbs.Contracts.Api;

public sealed record CaseTimelineItem(DateTimeOffset At, string Kind, string Status, string StatusLabel, string? Message,
    bool Internal, string? Actor);
