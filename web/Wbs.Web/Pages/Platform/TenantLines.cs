namespace Wbs.Web.Pages.Platform;

/// <summary>The console's tenant lists typed one per line (<c>kode | Label</c>, <c>Pertanyaan | Jawaban</c>), both ways.</summary>
public static class TenantLines
{
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

    /// <summary>A blank field is sent as null: the registry then keeps what it has.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
