using System.Globalization;
using CsvHelper;

namespace Wbs.CaseManagement.Apis;

/// <summary>
/// The statistics as CSV that Excel in an Indonesian locale opens as it is: a UTF-8 BOM, <c>;</c> between
/// cells, one <c>dimension;code;label;value</c> row per number, labels in the reader's language, and cells
/// that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) prefixed with <c>'</c>.
/// </summary>
internal static class StatisticsCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ';',
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static byte[] Write(CaseStatistics s, StatisticsText text)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, true))
        {
            void Row(string dimension, string dimensionLabel, string code, string label, string value)
            {
                csv.WriteField(dimension);
                csv.WriteField(dimensionLabel);
                csv.WriteField(code);
                csv.WriteField(label);
                csv.WriteField(value);
                csv.EndRecord();
            }
            void Rows(string dimension, string dimensionLabel, IReadOnlyDictionary<string, int> counts, Func<string, string> label)
            {
                foreach (var (code, count) in counts)
                {
                    Row(dimension, dimensionLabel, code, label(code), count.ToString(CultureInfo.InvariantCulture));
                }
            }

            Row(text.T("dimensi", "dimension"), text.T("Dimensi", "Dimension"), text.T("kode", "code"), text.T("Keterangan", "Label"),
                text.T("Jumlah", "Value"));
            Row("total", text.T("Jumlah laporan", "Reports"), "all", text.T("Semua", "All"), s.Total.ToString(CultureInfo.InvariantCulture));
            Rows("status", "Status", s.ByStatus, text.Status);
            Rows("category", text.T("Kategori", "Category"), s.ByCategory, text.Category);
            Rows("channel", text.T("Saluran", "Channel"), s.ByChannel, text.Channel);
            Rows("month", text.T("Bulan", "Month"), s.ByMonth, text.Month);
            Rows("reporterType", text.T("Jenis pelapor", "Reporter type"), s.ByReporterType, text.ReporterType);
            Rows("outcome", text.T("Hasil", "Outcome"), s.ByOutcome, text.Outcome);
            var sla = text.T("Tenggat tanggapan", "Response deadline");
            Row("sla", sla, "met", text.Sla("met"), s.Sla.Met.ToString(CultureInfo.InvariantCulture));
            Row("sla", sla, "missed", text.Sla("missed"), s.Sla.Missed.ToString(CultureInfo.InvariantCulture));
            Row("sla", sla, "pending", text.Sla("pending"), s.Sla.Pending.ToString(CultureInfo.InvariantCulture));
            Row("firstResponse", text.T("Tanggapan pertama", "First response"), "medianDays", text.T("Median hari", "Median days"),
                s.MedianDaysToFirstResponse is { } median ? text.Decimal(median) : "");
        }
        return buffer.ToArray();
    }
}
