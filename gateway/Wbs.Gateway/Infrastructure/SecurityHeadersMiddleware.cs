namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Security headers on every answer, whichever service (or the gateway itself) produced it; HSTS
/// when the public origin (<c>Gateway:PublicOrigin</c>) is https, whether TLS ends here or in front.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private readonly bool _hsts = configuration["Gateway:PublicOrigin"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (http, hsts) = ((HttpContext, bool))state;
            var headers = http.Response.Headers;
            if (hsts)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        }, (context, _hsts));
        return next(context);
    }
}
