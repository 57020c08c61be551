using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.Gateway.Tests;

/// <summary>
/// API.md lists 200, 401 and 429 for staff sign-in: past its tenant's budget the gateway answers 429 problem+json with
/// <c>Retry-After</c>, never 428, whoever asks (the budget is the tenant's, not a client's), even when every other
/// anonymous write is asked for proof of work; a challenge handed out ahead and solved still lets one through.
/// </summary>
public sealed class StaffSignInThrottleTests : IAsyncLifetime
{
    private const string Path = "/api/banjarnegara/staff/sessions";
    private readonly TestClock _clock = new();
    private EchoServer _echo = null!;
    private GatewayHost _gateway = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _echo = await EchoServer.StartAsync();
        _gateway = GatewayHost.Start(_echo, extra: new()
        {
            ["Abuse:ProofOfWork:Mode"] = "Always",
            ["Abuse:ProofOfWork:BaseDifficulty"] = "8",
            ["Abuse:Limits:staff-sessions:PermitsPerMinute"] = "3",
        }, services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Fact]
    public async Task PastItsTenantBudget_Answers429WithRetryAfter_Never428_WhoeverAsks()
    {
        for (var i = 0; i < 3; i++)
        {
            using var within = await SignInAsync(_gateway.Client);
            Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        }
        // Another connection with other forwarding headers and user agent is the same tenant's budget.
        using var other = new HttpClient { BaseAddress = _gateway.Client.BaseAddress };
        other.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7");
        other.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "LainLagi/1.0");

        using var throttled = await SignInAsync(other);
        using var otherTenant = await SignInAsync(_gateway.Client, "/api/komdigi/staff/sessions");
        using var reporterSignIn = await SignInAsync(_gateway.Client, "/api/banjarnegara/sessions");

        await ProblemAssert.IsProblemAsync(throttled, HttpStatusCode.TooManyRequests);
        var body = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.False(body.TryGetProperty("challenge", out _));
        Assert.Contains(" / ", body.GetProperty("detail").GetString());
        var retryAfter = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));
        Assert.Equal(3, _echo.Received.Count(r => r.Path.EndsWith(Path, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
        // Reporters' sign-ins keep their proof of work.
        await ProblemAssert.IsProblemAsync(reporterSignIn, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Throttled_AfterRetryAfter_IsLetThroughAgain()
    {
        for (var i = 0; i < 3; i++)
        {
            (await SignInAsync(_gateway.Client)).Dispose();
        }
        using var throttled = await SignInAsync(_gateway.Client);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);

        _clock.Advance(throttled.Headers.RetryAfter!.Delta!.Value);
        using var later = await SignInAsync(_gateway.Client);

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Throttled_AChallengeSolvedAhead_LetsOneThrough_Once()
    {
        for (var i = 0; i < 4; i++)
        {
            (await SignInAsync(_gateway.Client)).Dispose();
        }
        var proof = await ProofOfWorkSolver.SolveAheadAsync(_gateway.Client, "banjarnegara", "staff-sessions", Ct);

        using var paid = await SignInAsync(_gateway.Client, proof: proof);
        using var replayed = await SignInAsync(_gateway.Client, proof: proof);

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        await ProblemAssert.IsProblemAsync(replayed, HttpStatusCode.TooManyRequests);
        Assert.Equal(4, _echo.Received.Count(r => r.Path.EndsWith(Path, StringComparison.Ordinal)));
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string path = Path, string? proof = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { username = "bjn.admin", password = "tebakan", totp = "000000" }),
        };
        if (proof is not null)
        {
            request.Headers.TryAddWithoutValidation(ProofOfWorkSolver.Header, proof);
        }
        return await client.SendAsync(request, Ct);
    }
}
