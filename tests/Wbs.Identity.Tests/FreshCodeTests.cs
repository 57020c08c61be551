extern alias intake;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Identity.Infrastructure;

namespace Wbs.Identity.Tests;

/// <summary>
/// The real Intake and the real Identity on one database server, broker and platform key: the code
/// in Intake's answer works at once, without waiting for <see cref="ComplaintSubmitted"/>.
/// </summary>
public sealed class FreshCodeTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private ServiceHost<intake::Program> _intake = null!;
    private string _digestKey = null!;
    private string _amqp = null!;
    /// <summary>Signs the tokens Intake trusts here, the service token Identity presents among them.</summary>
    private readonly TestTokens _tokens = new();

    public async ValueTask InitializeAsync()
    {
        var settings = (await ServiceSettings.FreshAsync(infra, "intakedb", _tokens)).WithKeys("Content", "Identity", "CodeDigest");
        _digestKey = settings["Security:Keys:CodeDigest"]!;
        _amqp = settings.Messaging;
        _intake = new ServiceHost<intake::Program>(settings, _tokens);
    }

    public async ValueTask DisposeAsync() => await _intake.DisposeAsync();

    [Fact]
    public async Task FreshCode_SignsInOnFirstTry_AndAnAccountFromItListsTheReportInItsFirstAnswer()
    {
        await using var identity = await StartIdentityAsync(_amqp);
        var submitted = await SubmitAsync();

        var session = await identity.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = submitted.Code });
        var created = await identity.PostAsync(IdentityHost.Path("accounts"),
            new { username = IdentityHost.NewUsername(), password = "rahasia-pelapor-77", complaintCode = submitted.Code });

        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal("code", (await session.JsonAsync()).Str("kind"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([submitted.TrackingNumber], (await created.JsonAsync()).GetProperty("linkedReports").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task CodeWhoseEventNeverArrives_SignsInCreatesAndLinksAccounts_AndTheEventLaterChangesNothing()
    {
        // Identity on a broker of its own: ComplaintSubmitted never reaches it, only the look-up does.
        await using var identity = await StartIdentityAsync(await infra.CreateVirtualHostAsync());
        var first = await SubmitAsync();
        var second = await SubmitAsync();

        var session = await identity.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = first.Code.ToLowerInvariant() });
        var username = IdentityHost.NewUsername();
        var accountId = await identity.CreateAccountAsync(username, complaintCode: first.Code);
        var token = await identity.AccountTokenAsync(username);
        var link = await identity.PostAsync(IdentityHost.Path("accounts/links"), new { complaintCode = second.Code }, token);

        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.Equal([first.TrackingNumber, second.TrackingNumber],
            (await link.JsonAsync()).GetProperty("linkedReports").EnumerateArray().Select(e => e.GetString()).Order());
        var rows = await identity.WithDbAsync(db => db.Reports.Where(r => r.AccountId == accountId).ToListAsync());
        Assert.Equal(2, rows.Count);

        // The late event for a report Identity already has records nothing twice.
        await identity.Probe.PublishAsync(new ComplaintSubmitted
        {
            ComplaintId = first.ComplaintId, Tenant = IdentityHost.Tenant, TrackingNumber = first.TrackingNumber, Category = "korupsi",
            ReporterType = "internal", CodeDigest = identity.Digester.Digest(first.Code)!, SubmittedAt = DateTimeOffset.UtcNow,
            ResponseDueAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        await Eventually.TrueAsync(() => identity.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.InboxMessage>().AnyAsync()),
            what: "Identity to handle the late event");
        Assert.Equal(1, await identity.WithDbAsync(db => db.Reports.CountAsync(r => r.ComplaintId == first.ComplaintId && r.AccountId == accountId)));
    }

    [Fact]
    public async Task EventAndSignInsWithOneFreshCode_AtOnce_RecordTheReportOnce_AndLogNoDatabaseError()
    {
        // Identity on a broker of its own, so the event arrives only when the test sends it: together with the sign-ins.
        var logs = new CapturedLogs();
        await using var identity = await StartIdentityAsync(await infra.CreateVirtualHostAsync(), logs);
        var submitted = await SubmitAsync();

        var signIns = Enumerable.Range(0, 6).Select(_ => identity.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = submitted.Code })).ToList();
        await identity.Probe.PublishAsync(new ComplaintSubmitted
        {
            ComplaintId = submitted.ComplaintId, Tenant = IdentityHost.Tenant, TrackingNumber = submitted.TrackingNumber, Category = "korupsi",
            ReporterType = "internal", CodeDigest = identity.Digester.Digest(submitted.Code)!, SubmittedAt = DateTimeOffset.UtcNow,
            ResponseDueAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        var answers = await Task.WhenAll(signIns);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await Eventually.TrueAsync(() => identity.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.InboxMessage>().AnyAsync()),
            what: "Identity to handle the event");
        Assert.Equal(1, await identity.WithDbAsync(db => db.Reports.CountAsync(r => r.ComplaintId == submitted.ComplaintId)));
        // From the start on: a fresh database's first migration logs no failed look-up of its history table either.
        // (Identity refreshes its tenant catalog from the Intake address IdentityHost gives, where nothing listens, so
        // that refresh's errors are left out.)
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || line.StartsWith("Error Microsoft.AspNetCore", StringComparison.Ordinal) || line.Contains("23505", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownWellFormedCode_IsStillRefused()
    {
        await using var identity = await StartIdentityAsync(_amqp);

        var session = await identity.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = Wbs.ServiceDefaults.Security.ComplaintCode.Generate() });

        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
        Assert.False(await identity.WithDbAsync(db => db.Reports.AnyAsync()));
    }

    private Task<IdentityHost> StartIdentityAsync(string amqp, CapturedLogs? logs = null) =>
        IdentityHost.StartAsync(infra,
            new() { ["Security:Keys:CodeDigest"] = _digestKey, ["ConnectionStrings:messaging"] = amqp },
            services =>
            {
                services.AddSingleton<Wbs.ServiceDefaults.Auth.IServiceTokenSource>(new FixedServiceToken(_tokens.IssueService("identity")));
                services.AddHttpClient<IntakeReportLookup>(c => c.BaseAddress = new("http://intake/"))
                    .ConfigurePrimaryHttpMessageHandler(() => _intake.Factory.Server.CreateHandler());
            }, logs);

    private sealed class FixedServiceToken(string token) : Wbs.ServiceDefaults.Auth.IServiceTokenSource
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }

    private async Task<SubmittedReport> SubmitAsync()
    {
        using var client = _intake.CreateClient();
        var response = await client.PostAsJsonAsync(IdentityHost.Path("complaints"), new
        {
            reporterType = "internal",
            category = "korupsi",
            title = "Dugaan pungutan liar",
            what = "Terjadi pungutan liar pada pelayanan perizinan di kantor kecamatan.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return new SubmittedReport(body.GetProperty("complaintId").GetGuid(), body.Str("trackingNumber"), body.Str("complaintCode"));
    }
}
