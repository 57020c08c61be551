extern alias cases;
extern alias identity;
extern alias intake;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.CaseManagement.Extensions;
using Wbs.Identity.Extensions;
using Wbs.TestSupport;
using Wbs.TestSupport.Infrastructure;

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
    private ServiceSettings _casesSettings = null!;

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
        var shared = new ServiceSettings(settings ?? []) { [ServiceSettings.MessagingKey] = amqpUri ?? await infra.CreateVirtualHostAsync() }
            .WithKeys("Content", "Identity", "Messages", "Totp", "SigningKeys", "Evidence", "CodeDigest");
        foreach (var client in ServiceClients)
        {
            shared[$"ServiceIdentity:Clients:{client}"] = ServiceSecret(client);
        }

        var identity = host.Start<identity::Program>(new(shared) { ["ConnectionStrings:identitydb"] = await infra.CreateDatabaseAsync("identity") });
        shared["services:identity:http:0"] = identity.Address!.ToString();

        // Intake asks CaseManagement before it releases content to staff, and CaseManagement reads from
        // Intake: CaseManagement's port is chosen first so each knows the other.
        var casesPort = PortAllocator.GetFreePort();
        shared["services:casemanagement:http:0"] = $"http://127.0.0.1:{casesPort}";
        var intake = host.Start<intake::Program>(AsClient(new(shared) { ["ConnectionStrings:intakedb"] = await infra.CreateDatabaseAsync("intake") }, "intake"));
        shared["services:intake:http:0"] = intake.Address!.ToString();

        host._casesSettings = AsClient(new(shared)
        {
            ["ConnectionStrings:casemanagementdb"] = await infra.CreateDatabaseAsync("cases"),
            ["Audit:ChainKey"] = TestKeys.NewKey(),
            ["Audit:CheckpointPath"] = Path.Combine(Path.GetTempPath(), $"wbs-audit-{Guid.NewGuid():N}"),
        }, "casemanagement");
        var cases = host.Start<cases::Program>(host._casesSettings, casesPort);
        host.IdentityServices = identity.Services;
        host.IntakeServices = intake.Services;
        host.CasesServices = cases.Services;

        host.Identity = new HttpClient { BaseAddress = identity.Address };
        host.Intake = new HttpClient { BaseAddress = intake.Address };
        host.Cases = new HttpClient { BaseAddress = cases.Address };
        return host;
    }

    /// <summary>Starts one more CaseManagement instance (same database and broker) and answers a client for it.</summary>
    public HttpClient StartAnotherCaseManagement()
    {
        var client = new HttpClient { BaseAddress = Start<cases::Program>(_casesSettings).Address };
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

    private ServiceHost<T> Start<T>(ServiceSettings settings, int port = 0) where T : class
    {
        // Each platform has a virtual host of its own, whose queues exist only once a bus has started: a report submitted
        // before CaseManagement's bus listens would find no queue bound and be dropped by the broker.
        var service = new ServiceHost<T>(settings, waitForBus: true, port: port);
        _services.Add(service);
        return service;
    }

    private static ServiceSettings AsClient(ServiceSettings settings, string service)
    {
        settings["ServiceIdentity:ClientId"] = service;
        settings["ServiceIdentity:ClientSecret"] = ServiceSecret(service);
        return settings;
    }
}
