using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// What the dashboard shows of a request through the gateway: one trace, in which the service's span is the direct
/// child of the gateway's span, and the gateway exports one span for it (no client span per forwarded request).
/// </summary>
public sealed class GatewayTraceTests(AppHostFixture system)
{
    private const int ServerKind = 2;

    [Fact]
    public async Task A_proxied_request_is_one_trace_with_the_services_span_under_the_gateways_own()
    {
        var ct = TestContext.Current.CancellationToken;
        // The test names the trace, so that it finds its own request among the fixture's others.
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var http = system.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/komdigi/profile");
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");
        using var response = await http.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var spans = await Eventually.GetAsync(async () =>
        {
            var atGateway = (await DashboardTelemetry.SpansAsync(system, "gateway")).Where(s => IdOf(s, "traceId") == traceId).ToList();
            var atIntake = (await DashboardTelemetry.SpansAsync(system, "intake")).Where(s => IdOf(s, "traceId") == traceId).ToList();
            return atGateway.Count > 0 && atIntake.Count > 0 ? new[] { atGateway, atIntake } : null;
        }, TimeSpan.FromSeconds(90), "the request's spans on the dashboard");
        var (gateway, intake) = (spans[0], spans[1]);

        var proxied = Assert.Single(gateway);
        Assert.Equal(ServerKind, proxied.GetProperty("kind").GetInt32());
        var served = Assert.Single(intake, s => s.GetProperty("kind").GetInt32() == ServerKind);
        Assert.Equal(IdOf(proxied, "spanId"), IdOf(served, "parentSpanId"));
    }

    private static string IdOf(JsonElement span, string name) =>
        span.TryGetProperty(name, out var id) ? id.GetString()!.ToLowerInvariant() : "";
}
