using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.Web.Tests;

/// <summary>
/// The real web app in the test process with every service it calls (Intake, EvidenceStorage, Identity)
/// answered by one <see cref="ServiceStubs"/>, which records what the web app sent.
/// </summary>
public sealed class StubbedWeb(ServiceStubs stubs, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock, int? port,
    Action<IServiceCollection>? services) : ServiceHost<Program>(settings, clock: clock, port: port, services: services)
{
    public ServiceStubs Stubs => stubs;

    /// <param name="extra">Settings over the stubbed service addresses.</param>
    /// <param name="kestrel">Serve on a loopback port, for a real browser.</param>
    public static async Task<StubbedWeb> StartAsync(Dictionary<string, string?>? extra = null, TimeProvider? clock = null,
        bool kestrel = false, Action<IServiceCollection>? services = null)
    {
        var stubs = await ServiceStubs.StartAsync();
        var stub = stubs.BaseAddress.ToString();
        var settings = new Dictionary<string, string?>
        {
            ["services:intake:http:0"] = stub,
            ["services:evidencestorage:http:0"] = stub,
            ["services:identity:http:0"] = stub,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        return new StubbedWeb(stubs, settings, clock, kestrel ? 0 : null, services);
    }

    /// <summary>A client that sees redirects instead of following them, as the tests check where a form sends the reader.</summary>
    public HttpClient NewClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await stubs.DisposeAsync();
    }
}
