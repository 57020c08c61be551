using System.Text.RegularExpressions;

namespace Wbs.Web.Tests;

/// <summary>The error summary at the top of a form, as a page's HTML holds it.</summary>
public static partial class ErrorSummary
{
    /// <summary>The fields the summary links to (<c>href="#…"</c>).</summary>
    public static IReadOnlyList<string> LinkedIds(string html) =>
        SummaryPattern().Match(html) is { Success: true } summary
            ? [.. LinkPattern().Matches(summary.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))]
            : [];

    /// <summary>Asserts the summary links to <paramref name="expected"/> and every link lands on an element of the page.</summary>
    public static void AssertLinksLand(string html, params string[] expected)
    {
        var linked = LinkedIds(html);
        Assert.All(expected, id => Assert.Contains(id, linked));
        Assert.All(linked, id => Assert.True(html.Contains($" id=\"{id}\"", StringComparison.Ordinal), $"The error summary links to #{id}, which the page lacks."));
    }

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<a href=\"#([^\"]+)\">")]
    private static partial Regex LinkPattern();
}
