namespace Wbs.Gateway.Extensions;

/// <summary>
/// A group of public paths served by one service. Rate limits and body limits apply per family,
/// never per client: the gateway does not look at who is asking.
/// </summary>
public sealed record RouteFamily(string Name, string Service, string[] Paths, long MaxBodyBytes, int PermitsPerMinute)
{
    public const long MiB = 1024 * 1024;

    /// <summary>The agreed routing table (see the topology contract); everything unmatched goes to the web front end.</summary>
    public static readonly RouteFamily[] All =
    [
        new("intake", "intake", ["/api/{tenant}/profile", "/api/{tenant}/complaints"], 1 * MiB, 600),
        new("identity", "identity", ["/api/{tenant}/sessions/{**rest}", "/api/{tenant}/accounts/{**rest}", "/api/{tenant}/staff/{**rest}"], 1 * MiB, 600),
        new("evidence", "evidencestorage", ["/api/{tenant}/evidence/{**rest}"], 30 * MiB, 300),
        new("cases", "casemanagement",
            ["/api/{tenant}/reports/{**rest}", "/api/{tenant}/cases/{**rest}", "/api/{tenant}/audit/{**rest}", "/api/{tenant}/statistics/{**rest}"], 1 * MiB, 1200),
        new("notifications", "notification", ["/api/{tenant}/notifications/{**rest}"], 1 * MiB, 1200),
        // The server-rendered portal posts its forms (evidence included) through here.
        new("web", "web", ["/{**catch-all}"], 30 * MiB, 3000),
    ];

    public static long LargestBody => All.Max(f => f.MaxBodyBytes);

    public string RateLimitPolicy => $"family-{Name}";
}
