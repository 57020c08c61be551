using System.Globalization;

namespace Wbs.Web.Infrastructure.Localisation;

/// <summary>
/// The site speaks one language at a time: Indonesian by default, English when the reader chose it
/// (<c>?lang=en</c>, then a cookie; see <see cref="LanguageExtensions"/>). Every text is written where
/// it is used as a pair, <c>Lang.T("Indonesia", "English")</c>: no keys to keep in step across files,
/// and a page never shows one language without the other existing.
/// </summary>
public static class Lang
{
    public const string Indonesian = "id";
    public const string English = "en";

    /// <summary>The query parameter that switches the language (and sets the cookie).</summary>
    public const string QueryKey = "lang";

    public static readonly string[] Supported = [Indonesian, English];

    /// <summary>The reader's language for this request (RequestLocalization sets the UI culture).</summary>
    public static string Current => CultureInfo.CurrentUICulture.Name.StartsWith(English, StringComparison.Ordinal) ? English : Indonesian;

    public static bool IsEnglish => Current == English;

    /// <summary>The text in the reader's language.</summary>
    public static string T(string indonesian, string english) => IsEnglish ? english : indonesian;

    /// <summary>A tenant's text: its English twin when the reader chose English and the tenant wrote one, else the Indonesian.</summary>
    public static string Pick(string indonesian, string? english) => IsEnglish && english is { Length: > 0 } ? english : indonesian;

    /// <summary>The <c>lang</c> of what <see cref="Pick"/> shows, for the element around it.</summary>
    public static string LangOf(string? english) => IsEnglish && english is { Length: > 0 } ? English : Indonesian;

    /// <summary>The other language, for the switch in the header.</summary>
    public static string Other => IsEnglish ? Indonesian : English;

    /// <summary>
    /// Services answer problem details as "Indonesia. / English." (their one wording for every
    /// client); the page shows the reader's half only.
    /// </summary>
    public static string FromService(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var split = text.IndexOf(" / ", StringComparison.Ordinal);
        if (split < 0)
        {
            return text;
        }
        return (IsEnglish ? text[(split + 3)..] : text[..split]).Trim();
    }
}
