using Microsoft.Net.Http.Headers;

namespace Wbs.CaseManagement.Apis;

/// <summary>The language a reader asked for: <c>?lang=</c> first, then <c>Accept-Language</c>; Indonesian unless English is preferred.</summary>
internal static class ReaderLanguage
{
    public const string Indonesian = TenantLanguages.Indonesian;
    public const string English = TenantLanguages.English;

    public static string Of(HttpRequest request)
    {
        if (Known(request.Query["lang"].ToString()) is { } chosen)
        {
            return chosen;
        }
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Known(l.Value.Value))
            .FirstOrDefault(l => l is not null);
        return preferred ?? Indonesian;
    }

    private static string? Known(string? tag) =>
        tag is null ? null
        : tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase) ? English
        : tag.Equals("id", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("id-", StringComparison.OrdinalIgnoreCase) ? Indonesian
        : null;
}
