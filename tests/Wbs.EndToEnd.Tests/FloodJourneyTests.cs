using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wbs.AppHost.Resources;
using Wbs.TestSupport;

namespace Wbs.EndToEnd.Tests;

/// <summary>
/// Issue 10 through the real system: one client floods every public route family of a tenant
/// (site pages, complaints, evidence, code, account and staff sign-in, the last two on the very
/// names the honest users sign in with) and pays no proof of work (its staff sign-ins are throttled, 429,
/// never asked 428), while a second client walks the whole journey again and again. Every step of every journey succeeds within a bound, and the
/// flooder's address and user agent are afterwards in no file, console log, structured log or trace.
/// </summary>
[Collection(nameof(FloodCollection))]
public sealed class FloodJourneyTests(AppHostFixture system)
{
    private const string Tenant = "banjarnegara";
    private const string FlooderAddress = "198.51.100.23";
    private const int Workers = 6;
    /// <summary>Bounds of the flood; normally it is ended once the journeys are done.</summary>
    private const int MaxRequestsPerWorker = 100_000;
    private static readonly TimeSpan MaxFlood = TimeSpan.FromMinutes(8);
    private const int StepsPerJourney = 6;
    private static readonly TimeSpan JourneyBound = TimeSpan.FromSeconds(90);
    /// <summary>Roles that may list cases, one per journey, so that no journey waits for a fresh TOTP step.</summary>
    private static readonly string[] StaffRoles = ["admin", "verifier", "supervisor"];

    [Fact]
    public async Task While_one_client_floods_every_public_route_family_a_second_clients_journeys_all_succeed_and_no_marker_is_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = Guid.NewGuid().ToString("N");
        using var honest = system.CreateClient();

        // The honest reporter's account, made before the flood from a report of their own.
        var username = $"saksi.{marker[..10]}";
        const string password = "Sawah-Hijau-Pagi-2026";
        var (first, _) = await SubmitAsync(honest, null, ct);
        using (var account = await ProofOfWorkSolver.PostJsonAsync(honest, $"/api/{Tenant}/accounts",
            new { username, password, complaintCode = first }, ct))
        {
            Assert.Equal(HttpStatusCode.Created, account.StatusCode);
        }

        var admin = system.Credentials.For(Tenant, "admin");
        Func<HttpRequestMessage>[] flooded =
        [
            () => new(HttpMethod.Get, $"/{Tenant}"),
            () => new(HttpMethod.Get, "/"),
            () => new(HttpMethod.Get, $"/{Tenant}/lapor"),
            () => Post($"/api/{Tenant}/complaints", Complaint(null)),
            () => new(HttpMethod.Post, $"/api/{Tenant}/evidence") { Content = TextFile("banjir.txt") },
            () => Post($"/api/{Tenant}/sessions", new { complaintCode = "ABCD-EFGH-JKMN-PQRS-TU" }),
            () => Post($"/api/{Tenant}/sessions", new { username, password = "tebakan-salah" }),
            () => Post($"/api/{Tenant}/staff/sessions", new { username = admin.Username, password = "tebakan-salah", totp = "000000" }),
        ];
        var answers = new ConcurrentDictionary<(string Path, HttpStatusCode Status), int>();
        using var flooder = system.CreateClient();
        flooder.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"FloodProbe/{marker}");
        flooder.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", FlooderAddress);
        flooder.DefaultRequestHeaders.TryAddWithoutValidation("Forwarded", $"for={FlooderAddress}");
        using var stopFlood = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stopFlood.CancelAfter(MaxFlood);
        var flooderErrors = 0;
        var flood = Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < MaxRequestsPerWorker && !stopFlood.IsCancellationRequested; i++)
            {
                using var request = flooded[(i + worker) % flooded.Length]();
                try
                {
                    using var response = await flooder.SendAsync(request, stopFlood.Token);
                    answers.AddOrUpdate((request.RequestUri!.OriginalString, response.StatusCode), 1, (_, n) => n + 1);
                }
                catch (OperationCanceledException) when (stopFlood.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                    // The flooder's own timeouts end nothing: it keeps flooding.
                    Interlocked.Increment(ref flooderErrors);
                }
            }
        }, CancellationToken.None)));

        // The journeys start once the flood has put every anonymous-write family under pressure.
        await Eventually.TrueAsync(() => Task.FromResult(
            new[] { "complaints", "evidence", "sessions" }.All(family => answers.Any(a =>
                a.Key.Path.EndsWith("/" + family, StringComparison.Ordinal) && a.Key.Status == HttpStatusCode.PreconditionRequired))),
            TimeSpan.FromSeconds(120), "the flooder to be asked for proof of work on complaints, evidence and sign-ins");

        var succeeded = 0;
        var durations = new List<TimeSpan>();
        foreach (var role in StaffRoles)
        {
            var clock = Stopwatch.StartNew();
            succeeded += await JourneyAsync(honest, username, password, role, ct);
            durations.Add(clock.Elapsed);
            Assert.False(flood.IsCompleted, $"the flood ended before the journeys did ({flood.Exception?.GetBaseException().Message ?? "bounds reached"})");
        }
        await stopFlood.CancelAsync();
        await flood;

        Assert.Equal(StepsPerJourney * StaffRoles.Length, succeeded);
        Assert.All(durations, d => Assert.True(d < JourneyBound, $"a journey took {d}"));
        var flooderRequests = answers.Values.Sum();
        Assert.True(answers.Where(a => a.Key.Status is HttpStatusCode.PreconditionRequired or HttpStatusCode.TooManyRequests).Sum(a => a.Value)
            > flooderRequests / 4, $"the flooder paid nothing for most of its {flooderRequests} requests ({flooderErrors} of its requests failed)");
        Assert.DoesNotContain(answers, a => a.Key.Path.EndsWith("/staff/sessions", StringComparison.Ordinal)
            && a.Key.Status == HttpStatusCode.PreconditionRequired);
        Assert.DoesNotContain(answers, a => (int)a.Key.Status >= 500);

        await AssertNowhereAsync([marker, FlooderAddress], ct);
    }

    /// <returns>How many of the six steps succeeded: upload, submit with it, code sign-in, account sign-in, staff sign-in, case list.</returns>
    private async Task<int> JourneyAsync(HttpClient client, string username, string password, string staffRole, CancellationToken ct)
    {
        var ok = 0;
        using var uploaded = await ProofOfWorkSolver.SendAsync(client,
            () => new HttpRequestMessage(HttpMethod.Post, $"/api/{Tenant}/evidence") { Content = TextFile("catatan.txt") }, ct);
        Guid? evidenceId = null;
        if (uploaded.StatusCode == HttpStatusCode.Created)
        {
            ok++;
            evidenceId = (await uploaded.JsonAsync()).GetProperty("evidenceId").GetGuid();
        }
        var (code, submitted) = await SubmitAsync(client, evidenceId, ct);
        ok += submitted ? 1 : 0;
        using var codeSession = await ProofOfWorkSolver.PostJsonAsync(client, $"/api/{Tenant}/sessions", new { complaintCode = code }, ct);
        ok += codeSession.StatusCode == HttpStatusCode.OK ? 1 : 0;
        using var accountSession = await ProofOfWorkSolver.PostJsonAsync(client, $"/api/{Tenant}/sessions", new { username, password }, ct);
        ok += accountSession.StatusCode == HttpStatusCode.OK ? 1 : 0;
        var staffToken = await system.StaffTokenAsync(Tenant, staffRole);
        ok++;
        using var cases = await client.GetAsync($"/api/{Tenant}/cases", staffToken);
        ok += cases.StatusCode == HttpStatusCode.OK ? 1 : 0;
        return ok;
    }

    private static async Task<(string Code, bool Created)> SubmitAsync(HttpClient client, Guid? evidenceId, CancellationToken ct)
    {
        using var created = await ProofOfWorkSolver.PostJsonAsync(client, $"/api/{Tenant}/complaints", Complaint(evidenceId), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((await created.JsonAsync()).GetProperty("complaintCode").GetString()!, true);
    }

    private static object Complaint(Guid? evidenceId) => new
    {
        reporterType = "external",
        category = "pelayanan_publik",
        title = "Pungutan di loket KTP",
        what = "Petugas loket meminta uang tambahan untuk mempercepat pembuatan KTP elektronik.",
        where = "Kantor kecamatan",
        evidenceIds = evidenceId is { } id ? new[] { id } : [],
    };

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static MultipartFormDataContent TextFile(string name)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Catatan: antrean panjang dan pungutan di loket.\n"));
        file.Headers.ContentType = new("text/plain");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Traces and structured logs on the dashboard, every resource's console log, and every file of the system's data folder (after a checkpoint).</summary>
    private async Task AssertNowhereAsync(string[] markers, CancellationToken ct)
    {
        foreach (var body in await DashboardTelemetry.ReadAsync(system, ct, limit: 10_000))
        {
            Assert.All(markers, m => Assert.DoesNotContain(m, body));
        }

        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>();
        var logs = system.App.Services.GetRequiredService<ResourceLoggerService>();
        var lines = 0;
        foreach (var resource in model.Resources)
        {
            await foreach (var batch in logs.GetAllAsync(resource).WithCancellation(ct))
            {
                foreach (var line in batch)
                {
                    lines++;
                    Assert.All(markers, m => Assert.DoesNotContain(m, line.Content));
                }
            }
        }
        Assert.True(lines > 0, "no console log was read");

        var postgres = model.Resources.OfType<LocalPostgresResource>().Single();
        await using (var connection = new NpgsqlConnection(await postgres.AdminConnectionStringAsync(ct)))
        {
            await connection.OpenAsync(ct);
            await new NpgsqlCommand("CHECKPOINT", connection).ExecuteNonQueryAsync(ct);
        }
        var needles = markers.Select(Encoding.UTF8.GetBytes).ToArray();
        var scanned = 0;
        foreach (var file in Directory.EnumerateFiles(system.DataDirectory, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, ct);
            }
            catch (IOException)
            {
                continue; // sockets and files a server holds exclusively
            }
            scanned++;
            Assert.All(needles, n => Assert.True(bytes.AsSpan().IndexOf(n) < 0, $"{file} holds a marker of the flooder"));
        }
        Assert.True(scanned > 100, $"only {scanned} files were read");
    }
}
