using System.Globalization;
using System.Text.RegularExpressions;

namespace Wbs.Web.Endpoints;

/// <summary>
/// <c>/{tenant}/theme.css</c>: the tenant's accent colour as a stylesheet (the CSP allows no inline
/// styles). A colour white text cannot be read on (below 4.5:1) is ignored for the default.
/// </summary>
public static partial class TenantTheme
{
    public static IEndpointRouteBuilder MapTenantTheme(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{tenant}/theme.css", async (string tenant, TenantCatalogRefresher tenants, CancellationToken cancellationToken) =>
            await tenants.FindAsync(tenant, cancellationToken) is { } profile
                ? Results.Text(Css(profile.ThemeColor), "text/css; charset=utf-8")
                : Results.NotFound());
        return app;
    }

    public static string Css(string? color) =>
        color is not null && HexColor().IsMatch(color) && ContrastWithWhite(color) >= 4.5
            ? $":root {{ --accent: {color}; --accent-dark: {Darker(color)}; }}\n"
            : "/* default colours */\n";

    /// <summary>The menu bar: the accent at 80 % brightness.</summary>
    private static string Darker(string hex) =>
        "#" + string.Concat(Enumerable.Range(0, 3).Select(i => ((int)(int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber) * 0.8)).ToString("x2", CultureInfo.InvariantCulture)));

    public static double ContrastWithWhite(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        return 1.05 / (luminance + 0.05);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
