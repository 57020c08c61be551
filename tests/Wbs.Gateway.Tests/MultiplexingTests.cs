namespace Wbs.Gateway.Tests;

/// <summary>
/// Where a service offers an HTTP/2 endpoint (<c>services:{name}:h2c:0</c>), the gateway sends its small requests
/// there, many on one connection; uploads and the portal's pages keep HTTP/1.1 on the service's first endpoint.
/// </summary>
public sealed class MultiplexingTests
{
    [Fact]
    public async Task SmallRequests_ShareHttp2Connections_WhereTheServiceOffersThem_WhileUploadsAndPagesKeepHttp11()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var http1 = await EchoServer.StartAsync();
        await using var http2 = await EchoServer.StartAsync(http2Only: true);
        await using var gateway = GatewayHost.Start(http1, http2: http2);
        (string Method, string Path, string Service)[] small =
        [
            ("GET", "/api/banjarnegara/profile", "intake"), ("POST", "/api/komdigi/sessions", "identity"),
            ("GET", "/api/banjarnegara/cases", "casemanagement"), ("GET", "/api/banjarnegara/notifications", "notification"),
        ];

        // 24 at once, six to each service: over HTTP/1.1 each would take a connection of its own.
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            var (method, path, _) = small[i % small.Length];
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Content = method == "POST" ? JsonContent.Create(new { x = i }) : null;
            using var response = await gateway.Client.SendAsync(request, ct);
            return response.StatusCode;
        }));
        using var upload = await gateway.Client.PostAsync("/api/banjarnegara/evidence", new ByteArrayContent(new byte[2 * 1024 * 1024]), ct);
        using var page = await gateway.Client.GetAsync("/banjarnegara", ct);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(24, http2.Received.Count);
        Assert.All(http2.Received, r => Assert.Equal("HTTP/2", r.Protocol));
        Assert.Equal(small.Select(s => $"/{s.Service}{s.Path}").Order(), http2.Received.Select(r => r.Path).Distinct().Order());
        // Each service's six requests on one connection (or two), where HTTP/1.1 would have needed six.
        Assert.All(http2.Received.GroupBy(r => r.Path), service => Assert.InRange(service.Select(r => r.ConnectionId).Distinct().Count(), 1, 2));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["/evidencestorage/api/banjarnegara/evidence", "/web/banjarnegara"], http1.Received.Select(r => r.Path).Order());
        Assert.All(http1.Received, r => Assert.Equal("HTTP/1.1", r.Protocol));
        Assert.Equal(2 * 1024 * 1024, http1.Single("/evidence").BodySize);
    }
}
