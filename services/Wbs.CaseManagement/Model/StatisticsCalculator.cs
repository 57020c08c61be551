using System.Globalization;

namespace Wbs.CaseManagement.Model;

public static class StatisticsCalculator
{
    /// <param name="zone">The tenant's zone: a report sent on 1 March at 02:00 WIB counts in March, not in UTC's February.</param>
    public static CaseStatistics Compute(IReadOnlyCollection<CaseFacts> cases, DateTimeOffset now, DateTimeOffset? from, DateTimeOffset? to,
        TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        string Month(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var byMonth = cases.GroupBy(c => Month(c.SubmittedAt)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new CaseStatistics
        {
            From = from,
            To = to,
            Total = cases.Count,
            ByStatus = CaseStatus.All.ToDictionary(s => s, s => cases.Count(c => c.Status == s)),
            ByCategory = Count(cases.Select(c => c.Category)),
            ByMonth = Count(cases.Select(c => Month(c.SubmittedAt))),
            ByReporterType = Count(cases.Select(c => c.ReporterType)),
            ByOutcome = Count(cases.Where(c => c.Status == CaseStatus.Closed && c.Outcome is not null).Select(c => c.Outcome!)),
            ByChannel = Count(cases.Select(c => c.Channel)),
            Sla = Sla(cases, now),
            MedianDaysToFirstResponse = MedianDaysToFirstResponse(cases),
            SlaByMonth = new SortedDictionary<string, SlaCounts>(byMonth.ToDictionary(g => g.Key, g => Sla([.. g], now)), StringComparer.Ordinal),
            FirstResponseByMonth = new SortedDictionary<string, double?>(
                byMonth.ToDictionary(g => g.Key, g => MedianDaysToFirstResponse([.. g])), StringComparer.Ordinal),
        };
    }

    private static SlaCounts Sla(IReadOnlyCollection<CaseFacts> cases, DateTimeOffset now)
    {
        var sla = cases.Select(c => SlaRules.Outcome(c.Status, c.ResponseDueAt, c.ResolvedAt, now)).ToList();
        return new SlaCounts(sla.Count(s => s == "met"), sla.Count(s => s == "missed"), sla.Count(s => s == "pending"));
    }

    private static double? MedianDaysToFirstResponse(IReadOnlyCollection<CaseFacts> cases) =>
        Median([.. cases.Where(c => c.FirstResponseAt is not null).Select(c => (c.FirstResponseAt!.Value - c.SubmittedAt).TotalDays).Order()]);

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 2);
}
