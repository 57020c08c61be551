using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wbs.Gateway.Tests;

/// <summary>
/// One client floods every public route family of a tenant (a bounded loop on loopback, paying no
/// proof of work) while a second client walks the whole journey of that tenant: every step of the
/// second client succeeds, the flooder is asked to pay (its staff sign-ins are throttled, 429, never
/// asked 428), and nothing of either caller is logged.
/// </summary>
public sealed class FloodTests : IAsyncLifetime
{
    private const string Marker = "203.0.113.99-flooder-marker";
    private static readonly (string Method, string Path)[] Flooded =
    [
        ("POST", "/api/banjarnegara/complaints"), ("POST", "/api/banjarnegara/evidence"), ("POST", "/api/banjarnegara/sessions"),
        ("POST", "/api/banjarnegara/staff/sessions"), ("POST", "/api/banjarnegara/accounts"), ("GET", "/api/banjarnegara/profile"),
        ("GET", "/api/banjarnegara/cases"), ("GET", "/api/banjarnegara/reports"), ("GET", "/api/banjarnegara/notifications"),
        ("GET", "/api/banjarnegara/challenges?for=intake"), ("GET", "/banjarnegara"), ("GET", "/"), ("POST", "/banjarnegara/lapor"),
    ];

    private readonly CapturedLogs _logs = new();
    private readonly ConcurrentQueue<(string Name, long Value, string Tags)> _measurements = new();
    private MeterListener _listener = null!;
    private EchoServer _echo = null!;
    private GatewayHost _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Wbs.Abuse")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        _listener.Start();
        _echo = await EchoServer.StartAsync();
        _gateway = GatewayHost.Start(_echo, extra: new()
        {
            // Small budgets so that a short flood is pressure; a low ceiling keeps the honest client's cost small in a test.
            ["Abuse:Limits:intake:PermitsPerMinute"] = "20",
            ["Abuse:Limits:identity:PermitsPerMinute"] = "20",
            ["Abuse:Limits:evidence:PermitsPerMinute"] = "20",
            ["Abuse:Limits:staff-sessions:PermitsPerMinute"] = "5",
            ["Abuse:ProofOfWork:BaseDifficulty"] = "8",
            ["Abuse:ProofOfWork:MaxDifficulty"] = "14",
            ["Logging:LogLevel:Default"] = "Trace",
        }, services: s => s.AddSingleton<ILoggerProvider>(_logs));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _gateway.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Fact]
    public async Task WhileOneClientFloodsEveryFamily_ASecondClientsJourneySucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var flooder = new HttpClient { BaseAddress = _gateway.Client.BaseAddress };
        var flooderAnswers = new ConcurrentDictionary<(string Path, HttpStatusCode Status), int>();
        var flood = Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
            {
                var (method, path) = Flooded[(i + worker) % Flooded.Length];
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", Marker);
                request.Headers.TryAddWithoutValidation("User-Agent", Marker);
                if (method == "POST")
                {
                    request.Content = JsonContent.Create(new { username = "bjn.admin", password = "tebakan" });
                }
                using var response = await flooder.SendAsync(request, ct);
                flooderAnswers.AddOrUpdate((path, response.StatusCode), 1, (_, n) => n + 1);
            }
        }, ct)));

        var succeeded = 0;
        var journeys = 0;
        while (!flood.IsCompleted || journeys < 2)
        {
            journeys++;
            succeeded += await JourneyAsync(_gateway.Client, ct);
        }
        await flood;

        Assert.Equal(6 * journeys, succeeded);
        Assert.True(flooderAnswers.Any(a => a.Key.Status == HttpStatusCode.PreconditionRequired), "the flooder was never asked to pay");
        Assert.True(flooderAnswers.GetValueOrDefault(("/api/banjarnegara/staff/sessions", HttpStatusCode.TooManyRequests)) > 0,
            "the flooder's staff sign-ins were never throttled");
        Assert.DoesNotContain(flooderAnswers, a => a.Key.Path.EndsWith("/staff/sessions", StringComparison.Ordinal)
            && a.Key.Status == HttpStatusCode.PreconditionRequired);
        Assert.Contains(_measurements, m => m.Name == "wbs.abuse.challenged" && m.Tags.Contains("wbs.tenant=banjarnegara"));
        Assert.DoesNotContain(_measurements, m => m.Tags.Contains(Marker));
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(Marker, StringComparison.OrdinalIgnoreCase) || line.Contains("203.0.113"));
        Assert.DoesNotContain(_echo.Received, r => r.Headers.Values.Any(v => v.Contains(Marker)));
    }

    /// <returns>How many of the six steps answered 2xx: submit, upload, code sign-in, account sign-in, staff sign-in, case list.</returns>
    private static async Task<int> JourneyAsync(HttpClient client, CancellationToken ct)
    {
        HttpResponseMessage[] steps =
        [
            await ProofOfWorkSolver.PostJsonAsync(client, "/api/banjarnegara/complaints", new { title = "Pungutan liar" }, ct),
            await ProofOfWorkSolver.SendAsync(client, () => new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/evidence")
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "bukti.txt" } },
            }, ct),
            await ProofOfWorkSolver.PostJsonAsync(client, "/api/banjarnegara/sessions", new { complaintCode = "K7QD-3MWT-9XPA-2HBN-Q4" }, ct),
            await ProofOfWorkSolver.PostJsonAsync(client, "/api/banjarnegara/sessions", new { username = "pelapor", password = "rahasia" }, ct),
            // Throttled under the flood: a challenge handed out ahead and solved lets the honest sign-in through.
            await ProofOfWorkSolver.SendAsync(client, () => new HttpRequestMessage(HttpMethod.Post, "/api/banjarnegara/staff/sessions")
            {
                Content = JsonContent.Create(new { username = "bjn.admin", password = "x", totp = "1" }),
            }, ct, throttledFamily: "staff-sessions"),
            await client.GetAsync("/api/banjarnegara/cases", ct),
        ];
        var ok = steps.Count(s => s.IsSuccessStatusCode);
        foreach (var step in steps)
        {
            step.Dispose();
        }
        return ok;
    }
}
