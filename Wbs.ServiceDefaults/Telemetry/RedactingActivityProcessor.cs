using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>
/// Last line of defence for reporter anonymity: whatever an instrumentation adds, no span leaves
/// the process with a client address, a user agent, a query string or a tracking number in a path.
/// </summary>
public sealed partial class RedactingActivityProcessor : BaseProcessor<Activity>
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

        // A server span names its route template; the concrete path (with tracking numbers) goes.
        if (activity.GetTagItem("url.path") is string)
        {
            activity.SetTag("url.path", activity.GetTagItem("http.route") as string);
        }
        foreach (var key in new[] { "url.full", "http.url", "http.target" })
        {
            if (activity.GetTagItem(key) is string url)
            {
                activity.SetTag(key, Clean(url));
            }
        }
        activity.DisplayName = Clean(activity.DisplayName);
    }

    private static string Clean(string text)
    {
        var q = text.IndexOf('?');
        return TrackingNumber().Replace(q >= 0 ? text[..q] : text, "{trackingNumber}");
    }

    [GeneratedRegex(@"WBS-\d{4}-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex TrackingNumber();
}
