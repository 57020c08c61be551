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

    [Theory]
    [InlineData("POST", "/api/banjarnegara/evidence")]
    [InlineData("PATCH", "/api/banjarnegara/evidence/uploads/0123456789abcdef0123456789abcdef")]
    public async Task EvidenceUpload_MayExceedTheOldWebLimit_PhoneVideosPass(string method, string path)
    {
        await using var gateway = GatewayHost.Start(_echo);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(new byte[40 * RouteFamily.MiB]) };

        using var ok = await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

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
    public async Task ChunkedUpload_RefusedMidBodyByTheService_ReachesTheClientAs413Problem()
    {
        await using var gateway = GatewayHost.Start(_echo);
        // Far more than socket buffers hold: the service answers while the client is still sending.
        using var content = new StreamContent(new MemoryStream(new byte[16 * RouteFamily.MiB]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/banjarnegara/evidence{EchoServer.RefuseEarly}") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1 MB", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var next = await gateway.Client.GetAsync("/api/banjarnegara/profile", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task PastATenantsBudget_ProofIsAsked_AndGrowsWithPressure_OtherTenantsUntouched()
    {
        await using var gateway = GatewayHost.Start(_echo, extra: new()
        {
            ["Abuse:Limits:intake:PermitsPerMinute"] = "3",
            ["Abuse:Limits:intake:Tenants:komdigi:PermitsPerMinute"] = "100",
        });

        var within = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            within.Add((await PostAsync(gateway, "/api/banjarnegara/complaints")).StatusCode);
        }
        var justPast = await DifficultyAsync(await PostAsync(gateway, "/api/banjarnegara/complaints"));
        for (var i = 0; i < 12; i++)
        {
            await PostAsync(gateway, "/api/banjarnegara/complaints");
        }
        var fourTimes = await DifficultyAsync(await PostAsync(gateway, "/api/banjarnegara/complaints"));
        var otherTenant = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            otherTenant.Add((await PostAsync(gateway, "/api/komdigi/complaints")).StatusCode);
        }

        Assert.All(within, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(fourTimes > justPast, $"difficulty {justPast} then {fourTimes}");
        Assert.All(otherTenant, s => Assert.Equal(HttpStatusCode.OK, s));
        // Reading is never asked to pay, pressure or not.
        Assert.Equal(HttpStatusCode.OK, (await gateway.Client.GetAsync("/api/banjarnegara/profile", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Unlimited_LiftsProofOfWork_EvenInAlwaysMode()
    {
        await using var gateway = GatewayHost.Start(_echo, extra: new()
        {
            ["Abuse:Unlimited"] = "true",
            ["Abuse:ProofOfWork:Mode"] = "Always",
            ["Abuse:Limits:intake:PermitsPerMinute"] = "1",
        });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(gateway, "/api/banjarnegara/complaints")).StatusCode);
        }
    }

    [Fact]
    public async Task TenantFamilyBusy_LaterRequestsWaitTheirTurn_AndAreServed()
    {
        await using var gateway = GatewayHost.Start(_echo, extra: new() { ["Abuse:Limits:cases:Concurrency"] = "1" });
        var ct = TestContext.Current.CancellationToken;

        var inFlight = gateway.Client.GetAsync("/api/banjarnegara/reports/hold-1", ct);
        await Eventually.TrueAsync(() => Task.FromResult(_echo.Holding == 1));
        var waiting = gateway.Client.GetAsync("/api/banjarnegara/reports/after", ct);
        using var otherTenant = await gateway.Client.GetAsync("/api/komdigi/reports/other", ct);
        var waitedWhileBusy = !waiting.IsCompleted;
        _echo.Hold.SetResult();

        Assert.True(waitedWhileBusy);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inFlight).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await waiting).StatusCode);
    }

    [Fact]
    public async Task TenantQueueFull_Answers429Problem_OtherTenantServed()
    {
        await using var gateway = GatewayHost.Start(_echo, extra: new()
        {
            ["Abuse:Limits:cases:Concurrency"] = "1",
            ["Abuse:Limits:cases:QueueLimit"] = "0",
        });
        var ct = TestContext.Current.CancellationToken;

        var inFlight = gateway.Client.GetAsync("/api/banjarnegara/reports/hold-1", ct);
        await Eventually.TrueAsync(() => Task.FromResult(_echo.Holding == 1));
        using var refused = await gateway.Client.GetAsync("/api/banjarnegara/reports/third", ct);
        using var otherTenant = await gateway.Client.GetAsync("/api/komdigi/reports/other", ct);
        _echo.Hold.SetResult();

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inFlight).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(GatewayHost gateway, string path) =>
        await gateway.Client.PostAsync(path, JsonContent.Create(new { x = 1 }), TestContext.Current.CancellationToken);

    private static async Task<int> DifficultyAsync(HttpResponseMessage response)
    {
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionRequired);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("difficulty").GetInt32();
    }
}
