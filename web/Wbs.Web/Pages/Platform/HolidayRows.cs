using System.Globalization;
using System.Text.RegularExpressions;

namespace Wbs.Web.Pages.Platform;

/// <summary>
/// The profile page's rows of one year's days off: read into what the registry takes (blank and removed rows left
/// out), and the registry's errors (<c>holidays.days[2].date</c>) put back beside the row they concern.
/// </summary>
public sealed partial class HolidayRows(int year, IReadOnlyList<HolidayRow> rows)
{
    private readonly List<int> _sent = [];

    public static string Field(int row, string part) => $"day{row}-{part}";

    /// <summary>Every field the page can show an error beside.</summary>
    public string[] Fields => ["days", "year", .. Enumerable.Range(0, rows.Count).SelectMany(i => new[] { Field(i, "date"), Field(i, "name"), Field(i, "kind") })];

    public HolidayYearRequest Read(FormErrors errors)
    {
        var days = new List<TenantHoliday>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }
            if (row.DateIn(year) is not { } date)
            {
                errors.Add(Field(i, "date"), Lang.T($"Isi tanggal yang ada pada bulan itu di tahun {year}.", $"Enter a day that exists in that month of {year}."));
                continue;
            }
            days.Add(new TenantHoliday(date, row.Name?.Trim() ?? "", row.Kind));
            _sent.Add(i);
        }
        return new HolidayYearRequest { Year = year, Days = days };
    }

    /// <summary>The problem with its calendar errors renamed to the rows' fields.</summary>
    public ApiProblem ToRows(ApiProblem problem) => problem with
    {
        Errors = problem.Errors.ToDictionary(e => RowField(e.Key), e => e.Value, StringComparer.OrdinalIgnoreCase),
    };

    private string RowField(string key)
    {
        var match = RegistryField().Match(key);
        if (match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var sent) && sent < _sent.Count)
        {
            return Field(_sent[sent], match.Groups[2].Value);
        }
        return key switch { "holidays.days" => "days", "holidays.year" => "year", _ => key };
    }

    [GeneratedRegex(@"^holidays\.days\[(\d+)\]\.(date|name|kind)$", RegexOptions.IgnoreCase)]
    private static partial Regex RegistryField();
}
