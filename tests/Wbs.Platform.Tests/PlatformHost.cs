extern alias cases;
extern alias identity;
extern alias intake;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Wbs.CaseManagement.Extensions;
using Wbs.Identity.Extensions;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>
/// Intake, Identity and CaseManagement in one test process, each on a real Kestrel port with its
/// own database, wired exactly as the AppHost wires them (service discovery, shared digest key,
/// Identity's JWKS) over one RabbitMQ virtual host.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _services = [];
    private readonly List<HttpClient> _clients = [];
    private Dictionary<string, string?> _casesSettings = null!;

    public HttpClient Intake { get; private set; } = null!;
    public HttpClient Identity { get; private set; } = null!;
    public HttpClient Cases { get; private set; } = null!;
    /// <summary>Identity's services, e.g. to enrol staff users directly.</summary>
    public IServiceProvider IdentityServices { get; private set; } = null!;
    /// <summary>Intake's and CaseManagement's services, e.g. to read their databases or run a job under another clock.</summary>
    public IServiceProvider IntakeServices { get; private set; } = null!;
    public IServiceProvider CasesServices { get; private set; } = null!;

    public static async Task<PlatformHost> StartAsync(InfrastructureFixture infra, string? amqpUri = null,
        Dictionary<string, string?>? settings = null)
    {
        var host = new PlatformHost();
        var amqp = amqpUri ?? await infra.CreateVirtualHostAsync();
        var shared = new Dictionary<string, string?>(settings ?? [])
        {
            ["ConnectionStrings:messaging"] = amqp,
            ["Security:Keys:Content"] = TestKeys.NewKey(), ["Security:Keys:Identity"] = TestKeys.NewKey(), ["Security:Keys:Messages"] = TestKeys.NewKey(),
            ["Security:Keys:Totp"] = TestKeys.NewKey(), ["Security:Keys:SigningKeys"] = TestKeys.NewKey(), ["Security:Keys:Evidence"] = TestKeys.NewKey(),
            ["Security:Keys:CodeDigest"] = TestKeys.NewKey(),
        };
        foreach (var client in ServiceClients)
        {
            shared[$"ServiceIdentity:Clients:{client}"] = ServiceSecret(client);
        }

        var identity = host.Start<identity::Program>(With(shared, "ConnectionStrings:identitydb", await infra.CreateDatabaseAsync("identity")));
        var identityUrl = Address(identity);
        shared["services:identity:http:0"] = identityUrl;

        // Intake asks CaseManagement before it releases content to staff, and CaseManagement reads from
        // Intake: CaseManagement's port is chosen first so each knows the other.
        var casesPort = FreePort();
        shared["services:casemanagement:http:0"] = $"http://127.0.0.1:{casesPort}";
        var intake = host.Start<intake::Program>(AsClient(With(shared, "ConnectionStrings:intakedb", await infra.CreateDatabaseAsync("intake")), "intake"));
        shared["services:intake:http:0"] = Address(intake);

        host._casesSettings = AsClient(With(shared, "ConnectionStrings:casemanagementdb", await infra.CreateDatabaseAsync("cases")), "casemanagement");
        host._casesSettings["Audit:ChainKey"] = TestKeys.NewKey();
        host._casesSettings["Audit:CheckpointPath"] = Path.Combine(Path.GetTempPath(), $"wbs-audit-{Guid.NewGuid():N}");
        var cases = host.Start<cases::Program>(host._casesSettings, casesPort);
        host.IdentityServices = identity.Services;
        host.IntakeServices = intake.Services;
        host.CasesServices = cases.Services;

        host.Identity = new HttpClient { BaseAddress = new Uri(identityUrl) };
        host.Intake = new HttpClient { BaseAddress = new Uri(shared["services:intake:http:0"]!) };
        host.Cases = new HttpClient { BaseAddress = new Uri(Address(cases)) };
        return host;
    }

    /// <summary>Starts one more CaseManagement instance (same database and broker) and answers a client for it.</summary>
    public HttpClient StartAnotherCaseManagement()
    {
        var client = new HttpClient { BaseAddress = new Uri(Address(Start<cases::Program>(_casesSettings))) };
        _clients.Add(client);
        return client;
    }

    public async Task<JsonElement> SubmitAsync(string tenant, object complaint)
    {
        var response = await Intake.PostAsJsonAsync($"/api/{tenant}/complaints", complaint);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Signs in with a complaint code once Identity has learnt of the report.</summary>
    public Task<string> CodeTokenAsync(string tenant, string code, TimeSpan? timeout = null) =>
        Eventually.GetAsync(async () =>
        {
            using var response = await Identity.PostAsJsonAsync($"/api/{tenant}/sessions", new { complaintCode = code });
            return response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()
                : null;
        }, timeout, "a code session");

    /// <summary>A GET with <paramref name="token"/>; one under <c>/internal</c> comes from CaseManagement (service identity attached).</summary>
    public async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(await AsCaseManagementIfInternalAsync(request));
    }

    /// <summary>Calls under <c>/internal</c> are answered only to a service: these tests call them as CaseManagement does.</summary>
    public async Task<HttpRequestMessage> AsCaseManagementIfInternalAsync(HttpRequestMessage request) =>
        request.RequestUri?.OriginalString.StartsWith("/internal/", StringComparison.Ordinal) == true
            ? request.AsService(await ServiceTokenAsync("casemanagement"))
            : request;

    /// <summary>The services with client credentials at this Identity, each with the secret <see cref="ServiceSecret"/>.</summary>
    public static readonly string[] ServiceClients = ["intake", "casemanagement", "evidencestorage", "web"];

    public static string ServiceSecret(string service) => $"platform-{service}-geheim-42";

    /// <summary>A service token from Identity's client-credentials endpoint.</summary>
    public async Task<string> ServiceTokenAsync(string service)
    {
        using var response = await Identity.PostAsync("/internal/service-tokens", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = service, ["client_secret"] = ServiceSecret(service),
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Intake, Identity, Cases }.Concat(_clients))
        {
            client?.Dispose();
        }
        for (var i = _services.Count - 1; i >= 0; i--)
        {
            await _services[i].DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private ServiceFactory<T> Start<T>(Dictionary<string, string?> settings, int port = 0) where T : class
    {
        var factory = new ServiceFactory<T>(settings);
        factory.UseKestrel(port);
        factory.StartServer();
        _services.Add(factory);
        return factory;
    }

    private static string Address<T>(ServiceFactory<T> factory) where T : class =>
        factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");

    private static Dictionary<string, string?> AsClient(Dictionary<string, string?> settings, string service)
    {
        settings["ServiceIdentity:ClientId"] = service;
        settings["ServiceIdentity:ClientSecret"] = ServiceSecret(service);
        return settings;
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> shared, string key, string value) =>
        new(shared) { [key] = value };
}
