using System.Globalization;
using System.Text;

namespace Wbs.CaseManagement.Apis;

/// <summary>The statistics as CSV: one <c>dimension,key,value</c> row per number.</summary>
internal static class StatisticsCsv
{
    public static string Write(CaseStatistics s)
    {
        var csv = new StringBuilder("dimension,key,value\n");
        void Row(string dimension, string key, string value) =>
            csv.Append(Escape(dimension)).Append(',').Append(Escape(key)).Append(',').Append(Escape(value)).Append('\n');
        void Rows(string dimension, IReadOnlyDictionary<string, int> counts)
        {
            foreach (var (key, count) in counts)
            {
                Row(dimension, key, count.ToString(CultureInfo.InvariantCulture));
            }
        }

        Row("total", "all", s.Total.ToString(CultureInfo.InvariantCulture));
        Rows("status", s.ByStatus);
        Rows("category", s.ByCategory);
        Rows("month", s.ByMonth);
        Rows("reporterType", s.ByReporterType);
        Rows("outcome", s.ByOutcome);
        Row("sla", "met", s.Sla.Met.ToString(CultureInfo.InvariantCulture));
        Row("sla", "missed", s.Sla.Missed.ToString(CultureInfo.InvariantCulture));
        Row("sla", "pending", s.Sla.Pending.ToString(CultureInfo.InvariantCulture));
        Row("firstResponse", "medianDays", s.MedianDaysToFirstResponse?.ToString(CultureInfo.InvariantCulture) ?? "");
        return csv.ToString();
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
