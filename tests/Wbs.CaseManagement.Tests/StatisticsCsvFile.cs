using CsvHelper;

namespace Wbs.CaseManagement.Tests;

/// <summary>Reads a statistics CSV as a spreadsheet would: with a CSV parser, <c>;</c> between cells.</summary>
internal static class StatisticsCsvFile
{
    public static (string[] Header, List<string[]> Rows) Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ';', HasHeader = true });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }
        return ([.. reader.Headers], rows);
    }
}
