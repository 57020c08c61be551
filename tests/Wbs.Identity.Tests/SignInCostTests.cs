using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;

namespace Wbs.Identity.Tests;

/// <summary>
/// Nobody can lock anyone out: failures on a reporter's username make further attempts on it ask a proof of
/// work, failures on a staff name throttle it (429, never 428) to all but a valid TOTP code (the same for existing
/// and unknown names), the right credentials still get in, and wrong complaint codes never keep a code holder out.
/// </summary>
public sealed class SignInCostTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Password = "rahasia-pelapor-77";
    private const string Marker = "198.51.100.23-caller-marker";
    private readonly CapturedLogs _logs = new();
    private IdentityHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra, new()
    {
        ["Identity:SignInCost:FreeFailures"] = "3",
        ["Identity:SignInCost:Window"] = "00:15:00",
        // Small numbers keep the test's solving quick; the rule is the same.
        ["Abuse:ProofOfWork:BaseDifficulty"] = "4",
        ["Abuse:ProofOfWork:MaxDifficulty"] = "10",
        ["Logging:LogLevel:Default"] = "Trace",
    }, logs: _logs);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task AccountSession_UnknownUserAndWrongPassword_SameProblemBody()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);

        var wrongPassword = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "bukan-sandinya-1" });
        var unknownUser = await _host.PostAsync(IdentityHost.Path("sessions"), new { username = username + "x", password = "bukan-sandinya-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal(await wrongPassword.ProblemWithoutTraceAsync(), await unknownUser.ProblemWithoutTraceAsync());
    }

    [Fact]
    public async Task ExistingAndUnknownUsername_SameStatusAndBody_AtEveryAttemptFrom1To20()
    {
        const string path = "sessions";
        var existing = await NewAccountAsync();
        var unknown = existing + "z";

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var first = await _host.PostAsync(IdentityHost.Path(path), Wrong(existing, attempt));
            var second = await _host.PostAsync(IdentityHost.Path(path), Wrong(unknown, attempt));
            Assert.Equal(first.StatusCode, second.StatusCode);
            Assert.Equal(await WithoutChallengeAsync(first), await WithoutChallengeAsync(second));
            if (first.StatusCode == HttpStatusCode.PreconditionRequired)
            {
                first = await ResendSolvedAsync(path, Wrong(existing, attempt), first);
                second = await ResendSolvedAsync(path, Wrong(unknown, attempt), second);
            }
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
            Assert.Equal(await first.ProblemWithoutTraceAsync(), await second.ProblemWithoutTraceAsync());
        }
    }

    [Fact]
    public async Task ThirdPartyFailures_AccountOwnerStillSignsIn_PayingABoundedCost()
    {
        var username = await NewAccountAsync();
        var asked = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            var answer = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = $"tebakan-{i}-xyz" });
            if (answer.StatusCode == HttpStatusCode.PreconditionRequired)
            {
                asked.Add((await answer.JsonAsync()).GetProperty("difficulty").GetInt32());
                answer = await ResendSolvedAsync("sessions", new { username, password = $"tebakan-{i}-xyz" }, answer);
            }
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        }

        var owner = await ProofOfWorkSolver.PostJsonAsync(_host.Client, IdentityHost.Path("sessions"), new { username, password = Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Equal(27, asked.Count);
        Assert.True(asked[^1] > asked[0], "the cost grows with the failures");
        Assert.Equal(10, asked.Max());
        // The owner's success forgave the failures.
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = Password })).StatusCode);
    }

    [Fact]
    public async Task StaffSession_ExistingAndUnknownName_SameAnswer_401ThenThrottled429WithRetryAfter_Never428()
    {
        var existing = (await _host.CreateStaffAsync(["verifier"])).Username;
        var unknown = existing + "z";

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var first = await _host.PostAsync(IdentityHost.Path("staff/sessions"), Wrong(existing, attempt));
            var second = await _host.PostAsync(IdentityHost.Path("staff/sessions"), Wrong(unknown, attempt));
            Assert.Equal(attempt <= 3 ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, first.StatusCode);
            Assert.Equal(first.StatusCode, second.StatusCode);
            Assert.Equal(await first.ProblemWithoutTraceAsync(), await second.ProblemWithoutTraceAsync());
            Assert.Equal(first.Headers.RetryAfter?.Delta, second.Headers.RetryAfter?.Delta);
            if (attempt > 3)
            {
                // Each refusal keeps the throttle going: the whole window again.
                Assert.Equal(TimeSpan.FromMinutes(15), first.Headers.RetryAfter?.Delta);
            }
        }
        // The same name at another tenant is another name.
        var elsewhere = await _host.PostAsync(IdentityHost.Path("staff/sessions", IdentityHost.OtherTenant), Wrong(existing, 0));
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ThirdPartyFailures_StaffOwnerStillSignsInWithPasswordAndTotp_PayingNothing()
    {
        var staff = await _host.CreateStaffAsync(["admin"]);
        for (var i = 0; i < 25; i++)
        {
            var guess = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, password = $"Tebakan-{i}-Sandi", totp = "123456" });
            Assert.Equal(i < 3 ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, guess.StatusCode);
        }
        // Throttled, the right password alone is not even checked.
        var withoutCode = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, staff.Password, totp = "123456" });

        var owner = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, staff.Password, totp = _host.CurrentTotp(staff.Secret) });

        Assert.Equal(HttpStatusCode.TooManyRequests, withoutCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task ThrottledStaffName_RightTotpWrongPassword_Answers429_AndSpendsTheTotpStep()
    {
        var staff = await ThrottledStaffAsync();
        var code = _host.CurrentTotp(staff.Secret);

        var wrongPassword = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, password = "Sandi-Salah-xyz", totp = code });
        var sameCodeAgain = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, staff.Password, totp = code });
        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var nextCode = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, staff.Password, totp = _host.CurrentTotp(staff.Secret) });

        // Not 401: the answer never tells that the code was right.
        Assert.Equal(HttpStatusCode.TooManyRequests, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameCodeAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nextCode.StatusCode);
    }

    [Fact]
    public async Task ThrottledStaffName_AfterRetryAfter_IsCheckedAgain()
    {
        var staff = await ThrottledStaffAsync();
        var throttled = await _host.PostAsync(IdentityHost.Path("staff/sessions"), Wrong(staff.Username, 3));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);

        _host.Clock.Advance(throttled.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromSeconds(1));
        var later = await _host.PostAsync(IdentityHost.Path("staff/sessions"), Wrong(staff.Username, 4));

        Assert.Equal(HttpStatusCode.Unauthorized, later.StatusCode);
    }

    [Fact]
    public async Task UnsolvedGuesses_DoNotRaiseTheCost_AndFailuresAreForgottenAfterTheWindow()
    {
        var username = await NewAccountAsync();
        for (var i = 0; i < 3; i++)
        {
            await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "salah-sandi-xyz" });
        }
        var difficulties = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            var unsolved = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "salah-sandi-xyz" });
            Assert.Equal(HttpStatusCode.PreconditionRequired, unsolved.StatusCode);
            difficulties.Add((await unsolved.JsonAsync()).GetProperty("difficulty").GetInt32());
        }

        _host.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = Password });

        Assert.Single(difficulties.Distinct());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task SolvedChallenge_Replayed_IsAskedAgain()
    {
        var username = await NewAccountAsync();
        for (var i = 0; i < 3; i++)
        {
            await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "salah-sandi-xyz" });
        }
        var challenged = await _host.PostAsync(IdentityHost.Path("sessions"), new { username, password = "salah-sandi-xyz" });
        var (proof, _) = await ProofOfWorkSolver.SolveAnswerAsync(challenged);

        var first = await PostWithProofAsync("sessions", new { username, password = "salah-sandi-xyz" }, proof);
        var replayed = await PostWithProofAsync("sessions", new { username, password = Password }, proof);
        var otherTenant = await PostWithProofAsync("sessions", new { username, password = Password }, proof, IdentityHost.OtherTenant);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, replayed.StatusCode);
        Assert.Equal("sha256", (await replayed.JsonAsync()).GetProperty("algorithm").GetString());
        // Another tenant's username of that name has no failures: the proof is simply not needed there.
        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);
    }

    [Fact]
    public async Task HundredWrongCodes_ThenTheRightCode_SignsInAtOnce()
    {
        var report = await _host.SubmitAsync();
        for (var i = 0; i < 100; i++)
        {
            var code = i % 4 == 0 ? $"bukan-kode-{i}'; --" : Wbs.ServiceDefaults.Security.ComplaintCode.Generate();
            var wrong = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = code });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code });
        var linked = await _host.PostAsync(IdentityHost.Path("accounts"),
            new { username = IdentityHost.NewUsername(), password = Password, complaintCode = report.Code });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("code", (await right.JsonAsync()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
    }

    [Fact]
    public async Task GarbageCode_AnswersLikeAWrongCode()
    {
        var garbage = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = new string('x', 500) });
        var wrong = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = Wbs.ServiceDefaults.Security.ComplaintCode.Generate() });

        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(await wrong.ProblemWithoutTraceAsync(), await garbage.ProblemWithoutTraceAsync());
    }

    [Fact]
    public async Task CallerMarkers_AreInNoLogLine_AndMetricsCountByTenantOnly()
    {
        var measured = new System.Collections.Concurrent.ConcurrentQueue<(string Name, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Wbs.Abuse")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            measured.Enqueue((instrument.Name, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();
        var username = await NewAccountAsync();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, IdentityHost.Path("sessions"))
            {
                Content = JsonContent.Create(new { username, password = "salah-sandi-xyz" }),
            };
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", Marker);
            request.Headers.TryAddWithoutValidation("User-Agent", Marker);
            using var answer = await _host.Client.SendAsync(request, Ct);
            Assert.True(answer.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.PreconditionRequired);
        }

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(Marker, StringComparison.OrdinalIgnoreCase) || line.Contains("198.51.100"));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(username, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(measured, m => m.Name == "wbs.abuse.challenged" && m.Tags.Contains($"wbs.tenant={IdentityHost.Tenant}"));
        Assert.DoesNotContain(measured, m => m.Tags.Contains(username) || m.Tags.Contains(Marker));
    }

    private async Task<string> NewAccountAsync()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username, Password);
        return username;
    }

    /// <summary>A staff member whose name just used up its free failures (three here).</summary>
    private async Task<StaffCredentials> ThrottledStaffAsync()
    {
        var staff = await _host.CreateStaffAsync(["verifier"]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(IdentityHost.Path("staff/sessions"), Wrong(staff.Username, i))).StatusCode);
        }
        return staff;
    }

    private static object Wrong(string username, int attempt) =>
        new { username, password = $"Sandi-Salah-{attempt}-xyz", totp = "000000" };

    private async Task<HttpResponseMessage> ResendSolvedAsync(string path, object body, HttpResponseMessage challenged)
    {
        var (proof, _) = await ProofOfWorkSolver.SolveAnswerAsync(challenged);
        return await PostWithProofAsync(path, body, proof);
    }

    private Task<HttpResponseMessage> PostWithProofAsync(string path, object body, string proof, string tenant = IdentityHost.Tenant)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, IdentityHost.Path(path, tenant)) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(ProofOfWorkSolver.Header, proof);
        return _host.Client.SendAsync(request, Ct);
    }

    /// <summary>The answer without what differs by chance: the trace id and a fresh challenge's random value.</summary>
    private static async Task<string> WithoutChallengeAsync(HttpResponseMessage response)
    {
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        node.Remove("traceId");
        node.Remove("challenge");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {node.ToJsonString()}";
    }
}
