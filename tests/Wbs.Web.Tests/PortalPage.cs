using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Wbs.Web.Tests;

/// <summary>One answer of the web app as a browser without JavaScript receives it (redirects not followed).</summary>
public sealed partial record PortalPage(HttpStatusCode Status, string Path, byte[] Body, HttpContentHeaders? ContentHeaders, HttpResponseHeaders Headers)
{
    public string Html => System.Text.Encoding.UTF8.GetString(Body);

    public string? Location => Headers.Location?.OriginalString;

    /// <summary>The antiforgery token of the page's forms.</summary>
    public string? FormToken => TokenPattern().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The rows of the first table body with the given class (the case inbox, the report list).</summary>
    public IReadOnlyList<string> Rows(string tableClass)
    {
        var table = Regex.Match(Html, $"<table class=\"[^\"]*\\b{Regex.Escape(tableClass)}\\b[^\"]*\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline);
        return table.Success ? [.. RowPattern().Matches(table.Groups[1].Value).Select(m => m.Groups[1].Value)] : [];
    }

    public IReadOnlyList<string> TrackingNumbers(string tableClass) =>
        [.. Rows(tableClass).Select(r => TrackingNumberPattern().Match(r).Value).Where(v => v.Length > 0)];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"WBS-\d{4}-\d{6}")]
    private static partial Regex TrackingNumberPattern();
}
