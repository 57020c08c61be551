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
}
