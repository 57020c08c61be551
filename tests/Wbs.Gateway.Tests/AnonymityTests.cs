using System.Security.Cryptography;

namespace Wbs.Gateway.Tests;

public sealed class AnonymityTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Proxying_ClientIdentifyingHeaders_NeverReachTheBackend()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/banjarnegara/reports/{marker}");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7");
        request.Headers.TryAddWithoutValidation("Forwarded", "for=203.0.113.7;proto=https");
        request.Headers.TryAddWithoutValidation("X-Real-IP", "203.0.113.7");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (Reporter's phone)");
        request.Headers.TryAddWithoutValidation("Referer", "https://example.org/secret-page");
        request.Headers.TryAddWithoutValidation("Accept-Language", "id-ID");

        using var response = await fixture.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = fixture.Echo.Single(marker);
        string[] forbidden = ["Forwarded", "X-Real-IP", "User-Agent", "Referer"];
        Assert.All(forbidden, name => Assert.False(received.Headers.ContainsKey(name), $"{name} reached the backend"));
        Assert.DoesNotContain(received.Headers.Keys, k => k.StartsWith("X-Forwarded", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(received.Headers.Values, v => v.Contains("203.0.113.7"));
        // Ordinary headers still travel.
        Assert.Equal("id-ID", received.Headers["Accept-Language"]);
    }

    [Fact]
    public async Task Proxying_WithoutInboundForwardingHeaders_AddsNone()
    {
        var marker = Guid.NewGuid().ToString("N");

        using var response = await fixture.Gateway.Client.GetAsync($"/page-{marker}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = fixture.Echo.Single(marker);
        Assert.DoesNotContain(received.Headers.Keys, k => k.StartsWith("X-Forwarded", StringComparison.OrdinalIgnoreCase) || k == "Forwarded");
    }

    [Fact]
    public async Task Proxying_ClientTraceContext_NeverReachesTheBackend()
    {
        // A tracker could plant a trace id on a reporter's requests and look for it in a report's trace, outbox row or
        // message headers; the gateway begins a trace of its own instead.
        var marker = Guid.NewGuid().ToString("N");
        var planted = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/banjarnegara/reports/{marker}");
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{planted}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");
        request.Headers.TryAddWithoutValidation("tracestate", "tracker=reporter-42");
        request.Headers.TryAddWithoutValidation("baggage", "tracker=reporter-42");
        request.Headers.TryAddWithoutValidation("Request-Id", $"|{planted}.1.");
        request.Headers.TryAddWithoutValidation("Correlation-Context", "tracker=reporter-42");
        request.Headers.TryAddWithoutValidation("X-B3-TraceId", planted);
        request.Headers.TryAddWithoutValidation("uber-trace-id", $"{planted}:1:0:1");

        using var response = await fixture.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = fixture.Echo.Single(marker);
        // The service still learns its parent, the gateway's own span, in a trace the client did not choose.
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", received.Headers["traceparent"]);
        Assert.DoesNotContain(received.Headers.Values, v => v.Contains(planted, StringComparison.OrdinalIgnoreCase) || v.Contains("reporter-42"));
    }
}
