namespace Wbs.CaseManagement.Model;

/// <summary>
/// Applies redactions to a copy of the report; the original in Intake stays as it was. Passages are
/// replaced by a fixed marker, not by blocks of the same length, so the length of a name does not leak.
/// </summary>
public static class Redactor
{
    public const string Marker = "[DISAMARKAN]";
    public static readonly string[] Fields = ["title", "what", "where", "when", "who", "how"];

    public static SharedReport Apply(SharedReport report, IReadOnlyList<Redaction> redactions)
    {
        var result = report;
        foreach (var r in redactions)
        {
            result = r.Field switch
            {
                "title" => result with { Title = Redact(result.Title, r.Text)! },
                "what" => result with { What = Redact(result.What, r.Text) },
                "where" => result with { Where = Redact(result.Where, r.Text) },
                "when" => result with { When = Redact(result.When, r.Text) },
                "who" => result with { Who = Redact(result.Who, r.Text) },
                "how" => result with { How = Redact(result.How, r.Text) },
                _ => throw new ArgumentException($"Unknown field {r.Field}.", nameof(redactions)),
            };
        }
        return result;
    }

    /// <summary>The redactions whose text does not occur in their field (a typo would leave the passage unredacted).</summary>
    public static IReadOnlyList<int> NotFound(SharedReport report, IReadOnlyList<Redaction> redactions) =>
        [.. redactions.Select((r, i) => (r, i)).Where(x => !(FieldOf(report, x.r.Field)?.Contains(x.r.Text, StringComparison.Ordinal) ?? false))
            .Select(x => x.i)];

    private static string? FieldOf(SharedReport report, string field) => field switch
    {
        "title" => report.Title,
        "what" => report.What,
        "where" => report.Where,
        "when" => report.When,
        "who" => report.Who,
        "how" => report.How,
        _ => null,
    };

    private static string? Redact(string? value, string text) => value?.Replace(text, Marker, StringComparison.Ordinal);
}
