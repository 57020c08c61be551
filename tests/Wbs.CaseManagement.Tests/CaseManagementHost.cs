using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.CaseManagement.Extensions;
using Wbs.CaseManagement.Infrastructure;

namespace Wbs.CaseManagement.Tests;

/// <summary>
/// CaseManagement in the test process on a fresh database and virtual host, a bus probe that
/// publishes inbound events and records outbound ones, and canned Intake/Identity peers.
/// </summary>
public sealed class CaseManagementHost : ServiceHost<Program>
{
    public const string Tenant = "banjarnegara";
    private static int _sequence = Random.Shared.Next(100_000, 900_000);

    private CaseManagementHost(ServiceSettings settings, PeerServices peers, TestTokens tokens, TestClock clock)
        : base(settings, tokens, clock, waitForBus: true)
    {
        Peers = peers;
        Clock = clock;
    }

    public BusProbe Probe { get; private set; } = null!;
    public PeerServices Peers { get; }
    public TestClock Clock { get; }
    public string ConnectionString => Settings["ConnectionStrings:casemanagementdb"]!;

    public static async Task<CaseManagementHost> StartAsync(InfrastructureFixture infra, Dictionary<string, string?>? extra = null)
    {
        var tokens = new TestTokens();
        var settings = (await ServiceSettings.FreshAsync(infra, "casemanagementdb", tokens)).WithKeys("Messages");
        var peers = await PeerServices.StartAsync();
        settings["services:intake:http:0"] = peers.Address.ToString();
        settings["services:identity:http:0"] = peers.Address.ToString();
        settings["services:evidencestorage:http:0"] = peers.Address.ToString();
        settings["CaseManagement:SlaScanInterval"] = "01:00:00";
        settings["Audit:ChainKey"] = TestKeys.NewKey();
        settings["Audit:CheckpointPath"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wbs-audit-{Guid.NewGuid():N}");
        var host = new CaseManagementHost(settings.Merge(extra), peers, tokens, new TestClock(wallTimers: true));
        host.Probe = await BusProbe.StartAsync(settings.Messaging, typeof(CaseStatusChanged), typeof(CaseAssigned), typeof(CaseMessagePosted),
            typeof(SlaDeadlineApproaching), typeof(IdentityDisclosed));
        return host;
    }

    public static string NewTrackingNumber() => $"WBS-2026-{Interlocked.Increment(ref _sequence):D6}";

    /// <summary>Publishes ComplaintSubmitted as Intake would and waits until the case is open.</summary>
    public async Task<(Guid ComplaintId, string TrackingNumber)> SubmitAsync(string title = "Pungutan liar di kantor desa",
        Guid? accountId = null, DateTimeOffset? submittedAt = null, string category = "korupsi", string reporterType = "external",
        string tenant = Tenant, int responseDays = 30)
    {
        var submitted = ComplaintSubmittedFor(accountId, submittedAt, category, reporterType, tenant, responseDays);
        Peers.Titles[submitted.TrackingNumber] = title;
        Peers.Dates[submitted.TrackingNumber] = (submitted.SubmittedAt, submitted.ResponseDueAt);
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

    public Task WaitForCaseAsync(Guid complaintId) =>
        Eventually.TrueAsync(() => WithDbAsync(db => db.Cases.AnyAsync(c => c.Id == complaintId)), what: $"case {complaintId}");

    public Task<T> WithDbAsync<T>(Func<CaseDbContext, Task<T>> action) => WithServiceAsync(action);

    public HttpClient Client(string? bearer = null) =>
        CallingService is { } service ? CreateClient(bearer).AsService(Tokens.IssueService(service)) : CreateClient(bearer);

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

    public override async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await base.DisposeAsync();
        await Peers.DisposeAsync();
    }
}
