using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// What the dashboard shows of a request through the gateway: one trace, begun by the gateway (a trace context the client
/// sent is not followed), in which the service's span is the direct child of the gateway's span, and the gateway exports
/// one span for it (no client span per forwarded request).
/// </summary>
public sealed class GatewayTraceTests(AppHostFixture system)
{
    private const int ServerKind = 2;

    [Fact]
    public async Task A_proxied_request_is_one_trace_begun_by_the_gateway_with_the_services_span_under_the_gateways_own()
    {
        var ct = TestContext.Current.CancellationToken;
        var planted = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var http = system.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/komdigi/profile");
        request.Headers.Add("traceparent", $"00-{planted}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");
        var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        using var response = await http.SendAsync(request, ct);
        var answered = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000 + 1_000_000;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The gateway's span of this request: the only profile request through the gateway in that window (tests of
        // this collection run one at a time, and the web reads profiles straight from Intake).
        var proxied = Assert.Single(await Eventually.GetAsync(async () =>
        {
            var found = (await DashboardTelemetry.SpansAsync(system, "gateway")).Where(s =>
                s.GetProperty("kind").GetInt32() == ServerKind && s.GetProperty("name").GetString()!.EndsWith("/profile", StringComparison.Ordinal)
                && DashboardTelemetry.StartUnixNano(s) >= sent && DashboardTelemetry.StartUnixNano(s) <= answered).ToList();
            return found.Count > 0 ? found : null;
        }, TimeSpan.FromSeconds(90), "the request's span at the gateway"));
        Assert.NotEqual(planted, IdOf(proxied, "traceId"));
        Assert.Equal("", IdOf(proxied, "parentSpanId"));

        var served = await Eventually.GetAsync(async () =>
            (await DashboardTelemetry.SpansAsync(system, "intake")).Where(s => IdOf(s, "traceId") == IdOf(proxied, "traceId")).ToList() is { Count: > 0 } spans
                ? spans : null, TimeSpan.FromSeconds(90), "the request's spans at Intake");
        var server = Assert.Single(served, s => s.GetProperty("kind").GetInt32() == ServerKind);
        Assert.Equal(IdOf(proxied, "spanId"), IdOf(server, "parentSpanId"));
        Assert.DoesNotContain(served.Concat(await DashboardTelemetry.SpansAsync(system, "gateway")), s => IdOf(s, "traceId") == planted);
    }

    private static string IdOf(JsonElement span, string name) =>
        span.TryGetProperty(name, out var id) ? id.GetString()!.ToLowerInvariant() : "";
}
