namespace Wbs.Gateway.Tests;

/// <summary>Gateways with their own configuration: a missing service, tight rate limits, body limits.</summary>
public sealed class LimitsTests : IAsyncLifetime
{
    private EchoServer _echo = null!;

    public async ValueTask InitializeAsync() => _echo = await EchoServer.StartAsync();

    public ValueTask DisposeAsync() => _echo.DisposeAsync();

    [Fact]
    public async Task ServiceWithoutEndpoint_Answers503Problem_WhileOthersWork()
    {
        await using var gateway = GatewayHost.Start(_echo, without: ["notification"]);

        using var missing = await gateway.Client.GetAsync("/api/banjarnegara/notifications", TestContext.Current.CancellationToken);
        using var present = await gateway.Client.GetAsync("/api/banjarnegara/profile", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
    }

    [Fact]
    public async Task OversizeApiBody_Answers413Problem_AndIsNotForwarded()
    {
        await using var gateway = GatewayHost.Start(_echo);
        var marker = Guid.NewGuid().ToString("N");
        using var content = new ByteArrayContent(new byte[RouteFamily.MiB + 1]);
        content.Headers.ContentType = new("application/json");

        using var response = await gateway.Client.PostAsync($"/api/banjarnegara/complaints?m={marker}", content, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(_echo.Received);
    }

    [Fact]
    public async Task EvidenceUpload_MayExceedTheApiLimit_UpTo30MiB()
    {
        await using var gateway = GatewayHost.Start(_echo);
        using var allowed = new ByteArrayContent(new byte[5 * RouteFamily.MiB]);
        using var tooLarge = new ByteArrayContent(new byte[30 * RouteFamily.MiB + 1]);

        using var ok = await gateway.Client.PostAsync("/api/banjarnegara/evidence", allowed, TestContext.Current.CancellationToken);
        // Expect: 100-continue lets the client hear the refusal instead of pushing 30 MiB into a closed connection.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/evidence") { Content = tooLarge };
        request.Headers.ExpectContinue = true;
        using var refused = await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(5 * RouteFamily.MiB, Assert.Single(_echo.Received).BodySize);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ChunkedOversizeApiBody_IsCutOff_With413()
    {
        await using var gateway = GatewayHost.Start(_echo);
        using var content = new StreamContent(new MemoryStream(new byte[2 * RouteFamily.MiB]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task RouteFamilyOverItsRate_Answers429Problem_WithoutTouchingOtherFamilies()
    {
        await using var gateway = GatewayHost.Start(_echo, extra: new() { ["Gateway:RateLimits:notifications"] = "2" });
        var ct = TestContext.Current.CancellationToken;

        using var first = await gateway.Client.GetAsync("/api/banjarnegara/notifications", ct);
        using var second = await gateway.Client.GetAsync("/api/komdigi/notifications", ct);
        using var third = await gateway.Client.GetAsync("/api/banjarnegara/notifications", ct);
        using var other = await gateway.Client.GetAsync("/api/banjarnegara/profile", ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
