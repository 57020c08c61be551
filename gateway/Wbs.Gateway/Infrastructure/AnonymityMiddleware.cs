namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Reporter anonymity: whatever a client or an intermediate proxy says about the client's address
/// or software is dropped on arrival, so no service behind the gateway (and nothing in the gateway
/// itself) can log or store it. So is any trace context the client sent: a tracker could plant a trace id
/// on a reporter's requests and find it again in a report's spans, outbox row or message headers (the
/// gateway's own span, which ignored it, is what the services learn: ServiceDefaults' CallerTraceContext).
/// </summary>
public sealed class AnonymityMiddleware(RequestDelegate next)
{
    private static readonly string[] Identifying =
    [
        "Forwarded", "X-Real-IP", "X-Client-IP", "X-Cluster-Client-IP", "True-Client-IP", "CF-Connecting-IP",
        "Fastly-Client-IP", "X-Original-For", "Via", "User-Agent", "Referer", "Origin-Client-IP",
        "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context", "b3", "uber-trace-id",
        "X-Amzn-Trace-Id", "X-Cloud-Trace-Context", "sentry-trace", "X-Request-Id", "X-Correlation-Id",
    ];

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        foreach (var name in Identifying)
        {
            headers.Remove(name);
        }
        // Most requests carry none: the list is only made when one is there to remove.
        List<string>? forwarded = null;
        foreach (var name in headers.Keys)
        {
            if (IsForwardedFamily(name))
            {
                (forwarded ??= []).Add(name);
            }
        }
        forwarded?.ForEach(name => headers.Remove(name));
        return next(context);
    }

    private static bool IsForwardedFamily(string name) =>
        name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Sec-CH-UA", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-B3-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("uberctx-", StringComparison.OrdinalIgnoreCase);
}
