using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>
/// Without the ASP.NET Core instrumentation package the server span carries no http.* attributes;
/// this adds the safe ones (method, route template, path, status) and nothing about the client.
/// </summary>
public sealed class HttpServerSpanMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var activity = Activity.Current;
        try
        {
            await next(context);
        }
        finally
        {
            if (activity is not null && activity.IsAllDataRequested)
            {
                var method = context.Request.Method;
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                activity.DisplayName = route is null ? method : $"{method} {route}";
                activity.SetTag("http.request.method", method);
                activity.SetTag("url.path", context.Request.Path.Value);
                activity.SetTag("http.response.status_code", context.Response.StatusCode);
                if (route is not null)
                {
                    activity.SetTag("http.route", route);
                }
                if (context.Response.StatusCode >= 500)
                {
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }
        }
    }
}
