namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record StatisticsQuery(DateTimeOffset? From, DateTimeOffset? To);
