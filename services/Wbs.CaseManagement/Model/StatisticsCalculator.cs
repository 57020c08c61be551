using System.Globalization;

namespace Wbs.CaseManagement.Model;

public static class StatisticsCalculator
{
    public static CaseStatistics Compute(IReadOnlyCollection<CaseFacts> cases, DateTimeOffset now, DateTimeOffset? from, DateTimeOffset? to)
    {
        var sla = cases.Select(c => SlaRules.Outcome(c.Status, c.ResponseDueAt, c.ResolvedAt, now)).ToList();
        var firstResponseDays = cases.Where(c => c.FirstResponseAt is not null)
            .Select(c => (c.FirstResponseAt!.Value - c.SubmittedAt).TotalDays).Order().ToList();
        return new CaseStatistics
        {
            From = from,
            To = to,
            Total = cases.Count,
            ByStatus = CaseStatus.All.ToDictionary(s => s, s => cases.Count(c => c.Status == s)),
            ByCategory = Count(cases.Select(c => c.Category)),
            ByMonth = Count(cases.Select(c => c.SubmittedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture))),
            ByReporterType = Count(cases.Select(c => c.ReporterType)),
            ByOutcome = Count(cases.Where(c => c.Status == CaseStatus.Closed && c.Outcome is not null).Select(c => c.Outcome!)),
            Sla = new SlaCounts(sla.Count(s => s == "met"), sla.Count(s => s == "missed"), sla.Count(s => s == "pending")),
            MedianDaysToFirstResponse = Median(firstResponseDays),
        };
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 2);
}
