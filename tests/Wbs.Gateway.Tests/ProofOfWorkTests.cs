using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.Gateway.Tests;

/// <summary>API.md "Proof of work (v1.1)" at the gateway, with the mode set to ask it on every anonymous write.</summary>
public sealed class ProofOfWorkTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private EchoServer _echo = null!;
    private GatewayHost _gateway = null!;

    private HttpClient Client => _gateway.Client;

    public async ValueTask InitializeAsync()
    {
        _echo = await EchoServer.StartAsync();
        _gateway = GatewayHost.Start(_echo, extra: new() { ["Abuse:ProofOfWork:Mode"] = "Always", ["Abuse:ProofOfWork:BaseDifficulty"] = "8" },
            services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/banjarnegara/complaints")]
    [InlineData("/api/banjarnegara/evidence")]
    [InlineData("/api/banjarnegara/evidence/uploads")]
    [InlineData("/api/banjarnegara/sessions")]
    [InlineData("/api/komdigi/accounts")]
    public async Task AnonymousWrite_WithoutProof_Answers428_SolvedIsForwarded(string path)
    {
        var marker = Guid.NewGuid().ToString("N");

        using var challenged = await PostAsync($"{path}?m={marker}");
        var body = await JsonAsync(challenged);
        await ProblemAssert.IsProblemAsync(challenged, HttpStatusCode.PreconditionRequired);
        Assert.Equal("sha256", body.GetProperty("algorithm").GetString());
        Assert.Equal(8, body.GetProperty("difficulty").GetInt32());
        Assert.DoesNotContain(_echo.Received, r => r.Path.Contains(marker));

        var (proof, _) = await ProofOfWorkSolver.SolveAnswerAsync(challenged);
        using var solved = await PostAsync($"{path}?m={marker}", proof);

        Assert.Equal(HttpStatusCode.OK, solved.StatusCode);
        Assert.Single(_echo.Received, r => r.Path.EndsWith(path) && r.Headers.ContainsKey(ProofOfWorkSolver.Header));
    }

    [Fact]
    public async Task SolvedChallenge_Replayed_IsRefusedWithAFreshChallenge()
    {
        using var challenged = await PostAsync("/api/banjarnegara/complaints");
        var (proof, _) = await ProofOfWorkSolver.SolveAnswerAsync(challenged);

        using var first = await PostAsync("/api/banjarnegara/complaints", proof);
        using var replayed = await PostAsync("/api/banjarnegara/complaints", proof);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ProblemAssert.IsProblemAsync(replayed, HttpStatusCode.PreconditionRequired);
        Assert.NotEqual(proof.Split('.')[0], (await JsonAsync(replayed)).GetProperty("challenge").GetString());
        Assert.Single(_echo.Received, r => r.Path.EndsWith("/complaints"));
    }

    [Theory]
    [InlineData("/api/komdigi/complaints")]
    [InlineData("/api/banjarnegara/sessions")]
    [InlineData("/api/banjarnegara/evidence")]
    public async Task ChallengeOfBanjarnegaraComplaints_ElsewhereIsRefused(string elsewhere)
    {
        using var challenged = await PostAsync("/api/banjarnegara/complaints");
        var (proof, _) = await ProofOfWorkSolver.SolveAnswerAsync(challenged);

        using var refused = await PostAsync(elsewhere, proof);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.PreconditionRequired);
        Assert.Empty(_echo.Received);
        // Still unspent where it belongs.
        using var home = await PostAsync("/api/banjarnegara/complaints", proof);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task SolvedChallenge_AfterItExpired_IsRefused()
    {
        using var challenged = await PostAsync("/api/banjarnegara/complaints");
        var (proof, _) = await ProofOfWorkSolver.SolveAnswerAsync(challenged);

        _clock.Advance(TimeSpan.FromMinutes(6));
        using var expired = await PostAsync("/api/banjarnegara/complaints", proof);

        await ProblemAssert.IsProblemAsync(expired, HttpStatusCode.PreconditionRequired);
        Assert.Empty(_echo.Received);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData(".123")]
    public async Task MalformedOrUnsolvedProof_IsRefused(string proof)
    {
        using var refused = await PostAsync("/api/banjarnegara/complaints", proof);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.PreconditionRequired);
        Assert.Empty(_echo.Received);
    }

    [Fact]
    public async Task ChallengeUnsolved_WithAWrongNonce_IsRefused()
    {
        using var challenged = await PostAsync("/api/banjarnegara/complaints");
        var challenge = (await JsonAsync(challenged)).GetProperty("challenge").GetString()!;
        // Difficulty 8: the first byte of the hash must be zero; pick a nonce for which it is not.
        var nonce = Enumerable.Range(0, 100).First(n => SHA256.HashData(Encoding.UTF8.GetBytes($"{challenge}.{n}"))[0] != 0);

        using var refused = await PostAsync("/api/banjarnegara/complaints", $"{challenge}.{nonce}");

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.PreconditionRequired);
        Assert.Empty(_echo.Received);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task NonceInPaddedBase64Url_IsAccepted(int nonceBytes)
    {
        using var challenged = await PostAsync("/api/banjarnegara/complaints");
        var body = await JsonAsync(challenged);
        // 4 bytes are written with "==", 5 with "=": base64url as many encoders write it, padding kept.
        var proof = ProofOfWorkSolver.Solve(body.GetProperty("challenge").GetString()!, body.GetProperty("difficulty").GetInt32(),
            n => Convert.ToBase64String(BitConverter.GetBytes(n)[..nonceBytes]).Replace('+', '-').Replace('/', '_'));
        Assert.EndsWith(nonceBytes == 4 ? "==" : "=", proof);

        using var accepted = await PostAsync("/api/banjarnegara/complaints", proof);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(_echo.Received, r => r.Path.EndsWith("/complaints"));
    }

    [Fact]
    public async Task ChallengeHandedOutAhead_IsAcceptedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var ahead = await Client.GetFromJsonAsync<JsonElement>("/api/komdigi/challenges?for=identity", ct);
        Assert.Equal("sha256", ahead.GetProperty("algorithm").GetString());
        var proof = ProofOfWorkSolver.Solve(ahead.GetProperty("challenge").GetString()!, ahead.GetProperty("difficulty").GetInt32());

        using var accepted = await PostAsync("/api/komdigi/sessions", proof);
        using var again = await PostAsync("/api/komdigi/sessions", proof);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.PreconditionRequired);
    }

    [Theory]
    [InlineData("/api/banjarnegara/challenges?for=cases", HttpStatusCode.BadRequest)]
    [InlineData("/api/banjarnegara/challenges", HttpStatusCode.BadRequest)]
    [InlineData("/api/atlantis/challenges?for=intake", HttpStatusCode.NotFound)]
    public async Task ChallengeFor_UnknownFamilyOrTenant_AnswersProblem(string path, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, status);
    }

    [Theory]
    [InlineData("GET", "/api/banjarnegara/profile")]
    [InlineData("GET", "/api/banjarnegara/reports")]
    [InlineData("POST", "/api/banjarnegara/reports/WBS-2026-000001/messages")]
    [InlineData("POST", "/api/banjarnegara/accounts/links")]
    [InlineData("POST", "/banjarnegara/lapor")]
    // Staff sign-in is throttled past its budget (StaffSignInThrottleTests), never asked for proof: API.md lists no 428 for it.
    [InlineData("POST", "/api/komdigi/staff/sessions")]
    public async Task OtherRequests_AreNeverChallenged(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { x = 1 });
        }

        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    [InlineData("DELETE")]
    public async Task ResumableUploadRequests_AreNeverChallenged_AndKeepTheirTusHeaders(string method)
    {
        const string path = "/api/banjarnegara/evidence/uploads/0123456789abcdef0123456789abcdef";
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Offset", "5");
        if (method == "PATCH")
        {
            request.Content = new ByteArrayContent("bukti"u8.ToArray());
            request.Content.Headers.ContentType = new("application/offset+octet-stream");
        }

        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = _echo.Single(path);
        Assert.Equal(method, received.Method);
        Assert.Equal("1.0.0", received.Headers["Tus-Resumable"]);
        Assert.Equal("5", received.Headers["Upload-Offset"]);
        Assert.Equal(method == "PATCH" ? 5 : 0, received.BodySize);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string? proof = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { x = 1 }) };
        if (proof is not null)
        {
            request.Headers.TryAddWithoutValidation(ProofOfWorkSolver.Header, proof);
        }
        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
