using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Wbs.CaseManagement.Extensions;
using Wbs.Identity.Extensions;
using Wbs.Intake.Extensions;
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

        var identity = host.Start<IdentityServiceMarker>(With(shared, "ConnectionStrings:identitydb", await infra.CreateDatabaseAsync("identity")));
        var identityUrl = Address(identity);
        shared["services:identity:http:0"] = identityUrl;

        var intake = host.Start<IntakeService>(With(shared, "ConnectionStrings:intakedb", await infra.CreateDatabaseAsync("intake")));
        shared["services:intake:http:0"] = Address(intake);

        host._casesSettings = With(shared, "ConnectionStrings:casemanagementdb", await infra.CreateDatabaseAsync("cases"));
        var cases = host.Start<CaseManagementService>(host._casesSettings);
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
        var client = new HttpClient { BaseAddress = new Uri(Address(Start<CaseManagementService>(_casesSettings))) };
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

    public Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
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

    private ServiceFactory<T> Start<T>(Dictionary<string, string?> settings) where T : class
    {
        var factory = new ServiceFactory<T>(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        _services.Add(factory);
        return factory;
    }

    private static string Address<T>(ServiceFactory<T> factory) where T : class =>
        factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1").Replace("localhost", "127.0.0.1");

    private static Dictionary<string, string?> With(Dictionary<string, string?> shared, string key, string value) =>
        new(shared) { [key] = value };
}
