using System.Diagnostics;
using OpenTelemetry;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>
/// Last line of defence for reporter anonymity: whatever an instrumentation adds, no span leaves
/// the process with a client address, a user agent or a query string.
/// </summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public static readonly string[] ForbiddenTags =
    [
        "client.address", "client.port", "client.socket.address", "network.peer.address", "network.peer.port",
        "user_agent.original", "http.user_agent", "http.client_ip", "net.peer.ip", "net.peer.name",
        "net.sock.peer.addr", "url.query", "http.request.header.x-forwarded-for", "http.request.header.forwarded",
        "http.request.header.user-agent",
    ];

    public override void OnEnd(Activity activity) => Redact(activity);

    public static void Redact(Activity activity)
    {
        foreach (var tag in ForbiddenTags)
        {
            if (activity.GetTagItem(tag) is not null)
            {
                activity.SetTag(tag, null);
            }
        }

        foreach (var key in new[] { "url.full", "http.url", "http.target" })
        {
            if (activity.GetTagItem(key) is string url && url.IndexOf('?') is var q and >= 0)
            {
                activity.SetTag(key, url[..q]);
            }
        }

        if (activity.DisplayName.IndexOf('?') is var i and >= 0)
        {
            activity.DisplayName = activity.DisplayName[..i];
        }
    }
}
