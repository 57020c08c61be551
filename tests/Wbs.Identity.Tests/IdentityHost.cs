extern alias identity;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Identity.Extensions;
using Wbs.Identity.Infrastructure;
using Wbs.ServiceDefaults.Security;

namespace Wbs.Identity.Tests;

/// <summary>
/// Identity in the test process on a fresh database and virtual host, with a controllable clock
/// and a bus probe that publishes ComplaintSubmitted as Intake would and records ReporterAccountLinked.
/// </summary>
public sealed class IdentityHost : ServiceHost<identity::Program>
{
    public const string Tenant = "banjarnegara";
    public const string OtherTenant = "komdigi";
    private static int _sequence = Random.Shared.Next(100_000, 900_000);

    private IdentityHost(ServiceSettings settings, TestTokens tokens, TestClock clock, Action<IServiceCollection> services)
        : base(settings, tokens, clock, waitForBus: true, services: services)
    {
        Clock = clock;
        Digester = new ComplaintCodeDigester(Convert.FromBase64String(settings["Security:Keys:CodeDigest"]!));
        Client = CreateClient();
    }

    public HttpClient Client { get; }
    public BusProbe Probe { get; private set; } = null!;
    public TestClock Clock { get; }
    public ComplaintCodeDigester Digester { get; }

    /// <param name="extra">Settings that replace the defaults, e.g. a shared <c>Security:Keys:CodeDigest</c> or <c>ConnectionStrings:messaging</c>.</param>
    /// <param name="services">Replacements in Identity's container, e.g. a route to a real Intake.</param>
    /// <param name="logs">Receives everything the service logs, for tests that look for what must never be written.</param>
    public static async Task<IdentityHost> StartAsync(InfrastructureFixture infra, Dictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var tokens = new TestTokens();
        var settings = await ServiceSettings.FreshAsync(infra, "identitydb", tokens,
            messaging: extra?.GetValueOrDefault(ServiceSettings.MessagingKey));
        settings.WithKeys("Totp", "SigningKeys", "CodeDigest");
        // No Intake runs beside these tests (ComplaintSubmitted comes from the probe): its code
        // look-up is refused at once and reads as "unknown", as when Intake is down.
        settings["services:intake:http:0"] = "http://127.0.0.1:9";
        foreach (var client in ServiceClients)
        {
            settings[$"ServiceIdentity:Clients:{client}"] = ServiceSecret(client);
        }
        var host = new IdentityHost(settings.Merge(extra), tokens, new TestClock(wallTimers: true), container =>
        {
            if (logs is not null)
            {
                container.AddSingleton(logs);
            }
            services?.Invoke(container);
        });
        host.Probe = await BusProbe.StartAsync(settings.Messaging, typeof(ReporterAccountLinked));
        return host;
    }

    public static string Path(string relative, string tenant = Tenant) => $"/api/{tenant}/{relative}";

    public static string NewUsername(string prefix = "pelapor") => $"{prefix}{Interlocked.Increment(ref _sequence)}";

    /// <summary>Publishes ComplaintSubmitted as Intake would and waits until Identity recorded the report.</summary>
    public async Task<SubmittedReport> SubmitAsync(Guid? accountId = null, string tenant = Tenant)
    {
        var code = ComplaintCode.Generate();
        var submitted = new ComplaintSubmitted
        {
            ComplaintId = Guid.CreateVersion7(),
            Tenant = tenant,
            TrackingNumber = $"WBS-2026-{Interlocked.Increment(ref _sequence):D6}",
            Category = "korupsi",
            ReporterType = "external",
            AccountId = accountId,
            CodeDigest = Digester.Digest(code)!,
            SubmittedAt = Clock.GetUtcNow(),
            ResponseDueAt = Clock.GetUtcNow().AddDays(30),
        };
        await Probe.PublishAsync(submitted);
        await Eventually.TrueAsync(() => WithDbAsync(db => db.Reports.AnyAsync(r => r.ComplaintId == submitted.ComplaintId)),
            what: "Identity to record the report");
        return new SubmittedReport(submitted.ComplaintId, submitted.TrackingNumber, code);
    }

    public Task<T> WithDbAsync<T>(Func<IdentityDbContext, Task<T>> query) => WithServiceAsync(query);

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? token = null) =>
        Client.SendAsync(Request(HttpMethod.Post, path, token, JsonContent.Create(body)));

    /// <summary>A GET; one under <c>/internal</c> comes from CaseManagement (its service token from this Identity).</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        var request = Request(HttpMethod.Get, path, token);
        if (path.StartsWith("/internal/", StringComparison.Ordinal))
        {
            request.AsService(await ServiceTokenAsync("casemanagement"));
        }
        return await Client.SendAsync(request);
    }

    /// <summary>The services this Identity knows as clients, each with the secret <see cref="ServiceSecret"/>.</summary>
    public static readonly string[] ServiceClients = ["casemanagement", "intake"];

    public static string ServiceSecret(string service) => $"geheim-{service}-0123456789abcdef";

    /// <summary>Asks the client-credentials endpoint, as a service does.</summary>
    public Task<HttpResponseMessage> RequestServiceTokenAsync(string clientId, string clientSecret, string grantType = "client_credentials") =>
        Client.PostAsync("/internal/service-tokens", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType, ["client_id"] = clientId, ["client_secret"] = clientSecret,
        }), TestContext.Current.CancellationToken);

    public async Task<string> ServiceTokenAsync(string service)
    {
        using var response = await RequestServiceTokenAsync(service, ServiceSecret(service));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).Str("access_token");
    }

    /// <summary>Creates an account (optionally from a code) and returns its id.</summary>
    public async Task<Guid> CreateAccountAsync(string username, string password = "rahasia-pelapor-77", string? complaintCode = null)
    {
        var response = await PostAsync(Path("accounts"), new { username, password, complaintCode });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("accountId").GetGuid();
    }

    public async Task<string> AccountTokenAsync(string username, string password = "rahasia-pelapor-77")
    {
        var response = await PostAsync(Path("sessions"), new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).Str("accessToken");
    }

    /// <summary>A staff user with a known password and TOTP secret, created directly in the store.</summary>
    public async Task<StaffCredentials> CreateStaffAsync(string[] roles, string tenant = Tenant)
    {
        var username = NewUsername("staf");
        var password = "Sandi-Staf-" + Guid.NewGuid().ToString("N")[..8];
        var secret = Totp.NewSecret();
        var user = await WithServiceAsync<StaffDirectory, StaffUser?>(d => d.CreateAsync(tenant, Guid.CreateVersion7(), username, password, secret, roles, mustChangePassword: false, default));
        return new StaffCredentials(user!.Id, username, password, secret, tenant);
    }

    public string CurrentTotp(byte[] secret) => Totp.Compute(secret, Totp.StepAt(Clock.GetUtcNow()));

    /// <summary>Signs in with the current TOTP step, then moves the clock to the next step so the next sign-in has a fresh code.</summary>
    public async Task<string> StaffTokenAsync(StaffCredentials staff)
    {
        var response = await PostAsync(Path("staff/sessions", staff.Tenant), new { staff.Username, staff.Password, totp = CurrentTotp(staff.Secret) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        return (await response.JsonAsync()).Str("accessToken");
    }

    /// <summary>
    /// The first sign-in's fresh TOTP: starts the set-up with <paramref name="token"/>, confirms it with a code of the
    /// next step, and answers the new session's token and the new secret.
    /// </summary>
    public async Task<(string Token, byte[] Secret)> EnrolFreshTotpAsync(string token, string tenant = Tenant)
    {
        var started = await PostAsync(Path("staff/totp", tenant), new { }, token);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var secret = Base32.Decode((await started.JsonAsync()).Str("totpSecret"))!;
        Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var confirmed = await PostAsync(Path("staff/totp/confirmation", tenant), new { totp = CurrentTotp(secret) }, token);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        return ((await confirmed.JsonAsync()).Str("accessToken"), secret);
    }

    public override async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed record SubmittedReport(Guid ComplaintId, string TrackingNumber, string Code);

public sealed record StaffCredentials(Guid Id, string Username, string Password, byte[] Secret, string Tenant);
