namespace Wbs.Gateway.Infrastructure;

/// <summary>Which tenant a request is for, read from its path (<c>/api/{tenant}/…</c> or the portal's <c>/{tenant}/…</c>).</summary>
public static class RequestTenant
{
    public const string Unknown = "unknown";

    /// <summary>A tenant of the catalog, or <see cref="Unknown"/>: invented slugs share one budget instead of getting their own.</summary>
    public static string Of(HttpContext context)
    {
        var segments = Segments(context.Request.Path);
        var slug = segments.Length switch
        {
            >= 2 when segments[0].Equals("api", StringComparison.OrdinalIgnoreCase) => segments[1],
            >= 1 when !segments[0].Equals("api", StringComparison.OrdinalIgnoreCase) => segments[0],
            _ => null,
        };
        return context.RequestServices.GetRequiredService<TenantCatalog>().Find(slug)?.Slug ?? Unknown;
    }

    /// <summary>The slug of an <c>/api/{tenant}/…</c> path, known or not; null for other paths.</summary>
    public static string? ApiSlug(PathString path)
    {
        var segments = Segments(path);
        return segments.Length >= 2 && segments[0].Equals("api", StringComparison.OrdinalIgnoreCase) ? segments[1] : null;
    }

    /// <summary>The path below <c>/api/{tenant}/</c>, without a trailing slash; null for other paths.</summary>
    public static string? Rest(PathString path)
    {
        var segments = Segments(path);
        return segments.Length >= 3 && segments[0].Equals("api", StringComparison.OrdinalIgnoreCase)
            ? string.Join('/', segments[2..])
            : null;
    }

    private static string[] Segments(PathString path) => (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
}
