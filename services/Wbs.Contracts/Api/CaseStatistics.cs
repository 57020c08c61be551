namespace Wbs.Contracts.Api;

public sealed record CaseStatistics
{
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Total { get; init; }
    public required IReadOnlyDictionary<string, int> ByStatus { get; init; }
    public required IReadOnlyDictionary<string, int> ByCategory { get; init; }
    public required IReadOnlyDictionary<string, int> ByMonth { get; init; }
    public required IReadOnlyDictionary<string, int> ByReporterType { get; init; }
    public required IReadOnlyDictionary<string, int> ByOutcome { get; init; }
    public required IReadOnlyDictionary<string, int> ByChannel { get; init; }
    public required SlaCounts Sla { get; init; }
    public double? MedianDaysToFirstResponse { get; init; }
    /// <summary>Deadline met, missed and pending per month of submission (yyyy-MM).</summary>
    public required IReadOnlyDictionary<string, SlaCounts> SlaByMonth { get; init; }
    /// <summary>Median days from submission to the first response the reporter saw, per month of submission.</summary>
    public required IReadOnlyDictionary<string, double?> FirstResponseByMonth { get; init; }
}
