using System.Net.Http.Headers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.CaseManagement.Extensions;
using Wbs.CaseManagement.Infrastructure;

namespace Wbs.CaseManagement.Tests;

/// <summary>
/// CaseManagement in the test process on a fresh database and virtual host, a bus probe that
/// publishes inbound events and records outbound ones, and canned Intake/Identity peers.
/// </summary>
public sealed class CaseManagementHost : IAsyncDisposable
{
    public const string Tenant = "banjarnegara";
    private static int _sequence = Random.Shared.Next(100_000, 900_000);

    private CaseManagementHost(ServiceFactory<Program> factory, BusProbe probe, PeerServices peers, TestTokens tokens,
        TestClock clock, string connectionString)
    {
        Factory = factory;
        Probe = probe;
        Peers = peers;
        Tokens = tokens;
        Clock = clock;
        ConnectionString = connectionString;
        factory.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);
    }

    public ServiceFactory<Program> Factory { get; }
    public BusProbe Probe { get; }
    public PeerServices Peers { get; }
    public TestTokens Tokens { get; }
    public TestClock Clock { get; }
    public string ConnectionString { get; }
    public ConsumeCounter Consumed { get; } = new();

    public static async Task<CaseManagementHost> StartAsync(InfrastructureFixture infra, Dictionary<string, string?>? extra = null)
    {
        var db = await infra.CreateDatabaseAsync("cases");
        var amqp = await infra.CreateVirtualHostAsync();
        var peers = await PeerServices.StartAsync();
        var tokens = new TestTokens();
        var clock = new TestClock(wallTimers: true);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:casemanagementdb"] = db,
            ["ConnectionStrings:messaging"] = amqp,
            ["Security:Keys:Messages"] = TestKeys.NewKey(),
            ["Auth:Jwks"] = tokens.Jwks,
            ["services:intake:http:0"] = peers.Address.ToString(),
            ["services:identity:http:0"] = peers.Address.ToString(),
            ["services:evidencestorage:http:0"] = peers.Address.ToString(),
            ["CaseManagement:SlaScanInterval"] = "01:00:00",
            ["Audit:ChainKey"] = TestKeys.NewKey(),
            ["Audit:CheckpointPath"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wbs-audit-{Guid.NewGuid():N}"),
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        var factory = new ServiceFactory<Program>(settings, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        });
        _ = factory.Server; // starts the host: migrations, bus, background services
        var probe = await BusProbe.StartAsync(amqp, typeof(CaseStatusChanged), typeof(CaseAssigned), typeof(CaseMessagePosted),
            typeof(SlaDeadlineApproaching), typeof(IdentityDisclosed));
        return new CaseManagementHost(factory, probe, peers, tokens, clock, db);
    }

    public static string NewTrackingNumber() => $"WBS-2026-{Interlocked.Increment(ref _sequence):D6}";

    /// <summary>Publishes ComplaintSubmitted as Intake would and waits until the case is open.</summary>
    public async Task<(Guid ComplaintId, string TrackingNumber)> SubmitAsync(string title = "Pungutan liar di kantor desa",
        Guid? accountId = null, DateTimeOffset? submittedAt = null, string category = "korupsi", string reporterType = "external",
        string tenant = Tenant, int responseDays = 30)
    {
        var submitted = ComplaintSubmittedFor(accountId, submittedAt, category, reporterType, tenant, responseDays);
        Peers.Titles[submitted.TrackingNumber] = title;
        await Probe.PublishAsync(submitted);
        await WaitForCaseAsync(submitted.ComplaintId);
        return (submitted.ComplaintId, submitted.TrackingNumber);
    }

    public ComplaintSubmitted ComplaintSubmittedFor(Guid? accountId = null, DateTimeOffset? submittedAt = null, string category = "korupsi",
        string reporterType = "external", string tenant = Tenant, int responseDays = 30)
    {
        var at = submittedAt ?? Clock.GetUtcNow();
        return new ComplaintSubmitted
        {
            ComplaintId = Guid.CreateVersion7(),
            Tenant = tenant,
            TrackingNumber = NewTrackingNumber(),
            Category = category,
            ReporterType = reporterType,
            AccountId = accountId,
            CodeDigest = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            SubmittedAt = at,
            ResponseDueAt = at.AddDays(responseDays),
        };
    }

    /// <summary>Waits until the service has consumed (handled or dropped) message <paramref name="messageId"/> <paramref name="times"/> times.</summary>
    public Task WaitConsumedAsync(Guid messageId, int times = 1) =>
        Eventually.TrueAsync(() => Task.FromResult(Consumed.Handled(messageId) >= times), what: $"message {messageId} consumed {times}x");

    public Task WaitForCaseAsync(Guid complaintId) =>
        Eventually.TrueAsync(() => WithDbAsync(db => db.Cases.AnyAsync(c => c.Id == complaintId)), what: $"case {complaintId}");

    public async Task<T> WithDbAsync<T>(Func<CaseDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CaseDbContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = Factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return CallingService is { } service ? client.AsService(Tokens.IssueService(service)) : client;
    }

    /// <summary>When set, every client made from now on calls as this service (for the <c>/internal</c> endpoints).</summary>
    public string? CallingService { get; set; }

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    public HttpClient Staff(params string[] roles) => Staff(Guid.NewGuid(), roles);

    public HttpClient Staff(Guid id, string[] roles, string tenant = Tenant, string? name = null) =>
        Client(Tokens.Issue(tenant, "staff", id, roles, name: name ?? $"staf-{id.ToString()[..6]}", lifetime: Lifetime));

    public HttpClient Code(Guid complaintId, string trackingNumber, string tenant = Tenant) =>
        Client(Tokens.Issue(tenant, "code", complaintId, complaintId: complaintId, trackingNumber: trackingNumber, lifetime: Lifetime));

    public HttpClient Account(Guid accountId, string tenant = Tenant) =>
        Client(Tokens.Issue(tenant, "account", accountId, lifetime: Lifetime));

    public static string Path(string rest) => $"/api/{Tenant}/{rest}";

    /// <summary>Drives a case along the workflow with an admin token.</summary>
    public async Task MoveToAsync(string trackingNumber, string status)
    {
        string[] path = status switch
        {
            CaseStatus.Received => [],
            CaseStatus.InVerification => [CaseStatus.InVerification],
            CaseStatus.NeedsInformation => [CaseStatus.InVerification, CaseStatus.NeedsInformation],
            CaseStatus.InFollowUp => [CaseStatus.InVerification, CaseStatus.InFollowUp],
            CaseStatus.Closed => [CaseStatus.InVerification, CaseStatus.InFollowUp, CaseStatus.Closed],
            CaseStatus.Rejected => [CaseStatus.Rejected],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        using var admin = Staff("admin");
        foreach (var step in path)
        {
            var response = await admin.Post(Path($"cases/{trackingNumber}/transitions"), Transition(step));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public static object Transition(string to, string? publicMessage = null, string? internalNote = null) => to switch
    {
        CaseStatus.Closed => new { to, outcome = CaseOutcome.Proven, publicMessage, internalNote },
        CaseStatus.Rejected => new { to, reason = "Bukan kewenangan instansi ini", publicMessage, internalNote },
        _ => new { to, publicMessage, internalNote },
    };

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Factory.DisposeAsync();
        await Peers.DisposeAsync();
    }
}
