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
    public async Task EvidenceUpload_MayExceedTheOldWebLimit_PhoneVideosPass()
    {
        await using var gateway = GatewayHost.Start(_echo);
        using var video = new ByteArrayContent(new byte[40 * RouteFamily.MiB]);

        using var ok = await gateway.Client.PostAsync("/api/banjarnegara/evidence", video, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(40 * RouteFamily.MiB, Assert.Single(_echo.Received).BodySize);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OversizeBody_SentAsBrowsersDo_OrWithExpectContinue_Answers413Problem(bool expectContinue)
    {
        await using var gateway = GatewayHost.Start(_echo);
        // 20 MiB does not fit in socket buffers: a gateway that answered and closed mid-body would show as a reset here.
        using var tooLarge = new ByteArrayContent(new byte[20 * RouteFamily.MiB]);
        tooLarge.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/complaints") { Content = tooLarge };
        request.Headers.ExpectContinue = expectContinue;

        using var refused = await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(_echo.Received);
        using var next = await gateway.Client.GetAsync("/api/banjarnegara/profile", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
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
