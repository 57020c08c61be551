namespace Wbs.Web.Infrastructure.TenantUrls;

/// <summary>The one place a URL inside a tenant's site is made: <c>/{slug}/{path}</c>.</summary>
public static class TenantPaths
{
    /// <param name="slug">The tenant's slug.</param>
    /// <param name="path">The path inside the tenant's site, with or without its leading slash; empty for the tenant's home page.</param>
    public static string Of(string slug, string path)
    {
        path = path.TrimStart('/');
        return path.Length == 0 ? $"/{slug}" : $"/{slug}/{path}";
    }

    /// <summary>A tenant's public API path as the browser calls it through the gateway: <c>/api/{slug}/{path}</c>.</summary>
    public static string Api(string slug, string path) => $"/api/{slug}/{path.TrimStart('/')}";

    /// <summary>
    /// The current page's address, path and query, without the page handler a post named (going there fetches the
    /// page, it never repeats the post), with <paramref name="set"/> parameters put last in place of any the query had;
    /// one with a null value is left out.
    /// </summary>
    public static string PageAddress(this HttpRequest request, params (string Key, string? Value)[] set) =>
        request.PathBase + request.Path + QueryString.Create(request.Query
            .Where(q => q.Key != "handler" && set.All(s => s.Key != q.Key))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .Concat(set.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value))));
}
