namespace Wbs.AppHost.Dashboard;

/// <summary>
/// Every page needs the token: once in a query string (<c>?t=…</c>, which sets a cookie and redirects to the
/// clean address) or through the login form. The OTLP receiver stays open (services post without credentials;
/// it listens on 127.0.0.1 only).
/// </summary>
public sealed class DashboardAuthMiddleware(RequestDelegate next, DashboardToken token)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/v1") || path.StartsWithSegments("/login"))
        {
            await next(context);
            return;
        }
        if (context.Request.Query.TryGetValue("t", out var supplied))
        {
            if (token.Matches(supplied))
            {
                token.SignIn(context.Response);
                context.Response.Redirect(path.HasValue ? path.Value! : "/");
                return;
            }
            context.Response.Redirect("/login?failed=1");
            return;
        }
        if (!token.IsValidCookie(context.Request.Cookies[DashboardToken.CookieName]))
        {
            context.Response.Redirect("/login");
            return;
        }
        await next(context);
    }
}
