namespace Wbs.Web.Infrastructure.Api.Dtos;

/// <summary>
/// A tenant as the console's forms send it to the registry: lists typed one per line (<c>kode | Label</c>,
/// <c>Pertanyaan | Jawaban</c>). A field left null is not changed.
/// Stays in the web: it carries the console's line parsing, and Intake's <c>TenantRequest</c> cannot move to
/// Contracts while its value types (<c>DeadlineRule</c>, <c>TenantContact</c>…) live in ServiceDefaults.
/// </summary>
public sealed record TenantForm
{
    public string? Slug { get; init; }
    public string? Name { get; init; }
    public string? ShortName { get; init; }
    public string? AccountFlow { get; init; }
    public DeadlineRule? DeadlineRule { get; init; }
    public string? TimeZone { get; init; }
    public int? RetentionYears { get; init; }
    public HolidayYearForm? Holidays { get; init; }
    public string? StaffLanguage { get; init; }
    public string? Logo { get; init; }
    public string? ThemeColor { get; init; }
    public string? Tagline { get; init; }
    public string? TaglineEn { get; init; }
    public TenantContact? Contact { get; init; }
    public IReadOnlyList<TenantCategory>? Categories { get; init; }
    public IReadOnlyList<TenantFaq>? Faq { get; init; }

    public static IReadOnlyList<TenantCategory> ParseCategories(string? text) =>
        [.. Pairs(text).Select(p => new TenantCategory(p.Left, p.Right))];

    public static IReadOnlyList<TenantFaq> ParseFaq(string? text) => [.. Pairs(text).Select(p => new TenantFaq(p.Left, p.Right))];

    public static string Lines(IEnumerable<TenantCategory> categories) => string.Join('\n', categories.Select(c => $"{c.Code} | {c.Label}"));

    public static string Lines(IEnumerable<TenantFaq> faq) => string.Join('\n', faq.Select(f => $"{f.Q} | {f.A}"));

    /// <summary>A line without <c>|</c> keeps an empty right side, which the registry refuses with a clear message.</summary>
    private static IEnumerable<(string Left, string Right)> Pairs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0], parts.ElementAtOrDefault(1) ?? ""));

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
