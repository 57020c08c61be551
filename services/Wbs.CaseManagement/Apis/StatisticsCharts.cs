using System.Globalization;

namespace Wbs.CaseManagement.Apis;

/// <summary>The charts a head of inspectorate presents, by name, built from the statistics in the reader's language.</summary>
internal static class StatisticsCharts
{
    public static readonly string[] Names = ["by-month", "by-status", "by-category", "by-channel", "sla", "first-response"];

    public static ChartSpec? For(string name, CaseStatistics s, StatisticsText t) => name switch
    {
        "by-month" => Counts(t.T("Laporan per bulan", "Reports by month"), s.ByMonth, t.Month, t),
        "by-status" => Counts(t.T("Laporan per status", "Reports by status"), s.ByStatus, t.Status, t),
        "by-category" => Counts(t.T("Laporan per kategori", "Reports by category"), s.ByCategory, t.Category, t),
        "by-channel" => Counts(t.T("Laporan per saluran", "Reports by channel"), s.ByChannel, t.Channel, t),
        "sla" => Sla(s, t),
        "first-response" => FirstResponse(s, t),
        _ => null,
    };

    private static ChartSpec Counts(string title, IReadOnlyDictionary<string, int> counts, Func<string, string> label, StatisticsText t)
    {
        var bars = counts.Select(c => new ChartBar(label(c.Key), [c.Value], c.Value.ToString(CultureInfo.InvariantCulture))).ToList();
        return new ChartSpec(title, Describe(title, bars, t), [t.T("Jumlah laporan", "Reports")], bars);
    }

    private static ChartSpec Sla(CaseStatistics s, StatisticsText t)
    {
        var title = t.T("Tenggat tanggapan per bulan: tepat waktu dan terlambat", "Response deadline by month: met and missed");
        var bars = s.SlaByMonth.Select(m => new ChartBar(t.Month(m.Key), [m.Value.Met, m.Value.Missed],
            $"{m.Value.Met} {t.Sla("met").ToLowerInvariant()}, {m.Value.Missed} {t.Sla("missed").ToLowerInvariant()}")).ToList();
        return new ChartSpec(title, Describe(title, bars, t), [t.Sla("met"), t.Sla("missed")], bars);
    }

    private static ChartSpec FirstResponse(CaseStatistics s, StatisticsText t)
    {
        var title = t.T("Median waktu sampai tanggapan pertama (hari) per bulan", "Median time to first response (days) by month");
        var bars = s.FirstResponseByMonth.Where(m => m.Value is not null)
            .Select(m => new ChartBar(t.Month(m.Key), [m.Value!.Value], $"{t.Decimal(m.Value.Value)} {t.T("hari", "days")}")).ToList();
        return new ChartSpec(title, Describe(title, bars, t), [t.T("Hari", "Days")], bars);
    }

    /// <summary>The whole chart as a sentence, for screen readers and for anyone who cannot see the bars.</summary>
    private static string Describe(string title, IReadOnlyList<ChartBar> bars, StatisticsText t) =>
        bars.Count == 0
            ? $"{title}: {t.T("tidak ada data pada periode ini", "no data in this period")}."
            : $"{title}: {string.Join("; ", bars.Select(b => $"{b.Label} {b.ValueText}"))}.";
}
