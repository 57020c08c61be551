extern alias identity;

using MassTransit;
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
public sealed class IdentityHost : IAsyncDisposable
{
    public const string Tenant = "banjarnegara";
    public const string OtherTenant = "komdigi";
    private static int _sequence = Random.Shared.Next(100_000, 900_000);

    private IdentityHost(ServiceFactory<identity::Program> factory, BusProbe probe, TestTokens tokens, TestClock clock,
        ComplaintCodeDigester digester, IReadOnlyDictionary<string, string?> settings)
    {
        Settings = settings;
        Factory = factory;
        Probe = probe;
        Tokens = tokens;
        Clock = clock;
        Digester = digester;
        Client = factory.CreateClient();
    }

    public ServiceFactory<identity::Program> Factory { get; }
    public HttpClient Client { get; }
    public BusProbe Probe { get; }
    public TestTokens Tokens { get; }
    public TestClock Clock { get; }
    public ComplaintCodeDigester Digester { get; }
    /// <summary>The service's settings (its database, its key rings), for commands that work beside it.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <param name="extra">Settings that replace the defaults, e.g. a shared <c>Security:Keys:CodeDigest</c> or <c>ConnectionStrings:messaging</c>.</param>
    /// <param name="services">Replacements in Identity's container, e.g. a route to a real Intake.</param>
    /// <param name="logs">Receives everything the service logs, for tests that look for what must never be written.</param>
    public static async Task<IdentityHost> StartAsync(InfrastructureFixture infra, Dictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var db = await infra.CreateDatabaseAsync("identity");
        var amqp = extra?.GetValueOrDefault("ConnectionStrings:messaging") ?? await infra.CreateVirtualHostAsync();
        var tokens = new TestTokens();
        var clock = new TestClock(wallTimers: true);
        var digestKey = extra?.GetValueOrDefault("Security:Keys:CodeDigest") ?? TestKeys.NewKey();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:identitydb"] = db,
            ["ConnectionStrings:messaging"] = amqp,
            ["Security:Keys:Totp"] = TestKeys.NewKey(), ["Security:Keys:SigningKeys"] = TestKeys.NewKey(),
            ["Security:Keys:CodeDigest"] = digestKey,
            ["Auth:Jwks"] = tokens.Jwks,
            // No Intake runs beside these tests (ComplaintSubmitted comes from the probe): its code
            // look-up is refused at once and reads as "unknown", as when Intake is down.
            ["services:intake:http:0"] = "http://127.0.0.1:9",
            [$"ServiceIdentity:Clients:{ServiceClients[0]}"] = ServiceSecret(ServiceClients[0]),
            [$"ServiceIdentity:Clients:{ServiceClients[1]}"] = ServiceSecret(ServiceClients[1]),
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        var factory = new ServiceFactory<identity::Program>(settings, container =>
        {
            container.AddSingleton<TimeProvider>(clock);
            if (logs is not null)
            {
                container.AddSingleton(logs);
            }
            container.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
            services?.Invoke(container);
        });
        _ = factory.Server;
        var probe = await BusProbe.StartAsync(amqp, typeof(ReporterAccountLinked));
        return new IdentityHost(factory, probe, tokens, clock, new ComplaintCodeDigester(Convert.FromBase64String(digestKey)), settings);
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

    public async Task<T> WithDbAsync<T>(Func<IdentityDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return Client.SendAsync(request);
    }

    /// <summary>A GET; one under <c>/internal</c> comes from CaseManagement (its service token from this Identity).</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Probe.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

public sealed record SubmittedReport(Guid ComplaintId, string TrackingNumber, string Code);

public sealed record StaffCredentials(Guid Id, string Username, string Password, byte[] Secret, string Tenant);
