using System.Diagnostics;
using Wbs.ServiceDefaults.Telemetry;

namespace Wbs.ServiceDefaults.Tests;

public sealed class RedactionTests
{
    [Fact]
    public void Client_address_user_agent_and_query_never_leave_a_span()
    {
        using var source = new ActivitySource("Wbs.Tests.Redaction");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var activity = source.StartActivity("GET /api/banjarnegara/reports?code=K7QD")!;
        activity.SetTag("client.address", "203.0.113.7");
        activity.SetTag("user_agent.original", "Mozilla/5.0");
        activity.SetTag("url.query", "?code=K7QD");
        activity.SetTag("url.full", "http://intake/api/x?code=K7QD");
        activity.SetTag("http.request.method", "GET");

        RedactingActivityProcessor.Redact(activity);

        Assert.Null(activity.GetTagItem("client.address"));
        Assert.Null(activity.GetTagItem("user_agent.original"));
        Assert.Null(activity.GetTagItem("url.query"));
        Assert.Equal("http://intake/api/x", activity.GetTagItem("url.full"));
        Assert.Equal("GET", activity.GetTagItem("http.request.method"));
        Assert.DoesNotContain("K7QD", activity.DisplayName);
    }
}
