using Wbs.ServiceDefaults.Discovery;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.Gateway.Tests;

/// <summary>The gateway on a real Kestrel port in front of an <see cref="EchoServer"/>.</summary>
public sealed class GatewayHost : ServiceHost<Program>
{
    private static readonly string[] Backends = ["intake", "identity", "evidencestorage", "casemanagement", "notification", "web"];

    private GatewayHost(ServiceSettings settings, Action<IServiceCollection>? services) : base(settings, port: 0, services: services) =>
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    public HttpClient Client { get; }

    /// <param name="echo">The backend every configured service points at.</param>
    /// <param name="without">Services left without a configured endpoint.</param>
    /// <param name="services">Replacements (a clock, a log sink) for the gateway's own services.</param>
    /// <param name="http2">An HTTP/2-only backend every configured service also offers as its <c>h2c</c> endpoint.</param>
    public static GatewayHost Start(EchoServer echo, string[]? without = null, Dictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null, EchoServer? http2 = null)
    {
        var settings = new ServiceSettings(extra ?? []);
        // The seed tenants as a fixed catalogue: the gateway then asks no registry, and every request an
        // echo backend records came through the gateway.
        settings.TryAdd("Tenancy:File", SeedTenantsFile.Value);
        foreach (var service in Backends.Except(without ?? []))
        {
            settings[$"services:{service}:http:0"] = echo.For(service);
            if (http2 is not null)
            {
                settings[$"services:{service}:{ServiceEndpoints.Http2Endpoint}:0"] = http2.For(service);
            }
        }
        return new GatewayHost(settings, services);
    }

    private static readonly Lazy<string> SeedTenantsFile = new(() =>
    {
        var file = Path.Combine(Path.GetTempPath(), $"wbs-gateway-tenants-{Environment.ProcessId}.json");
        using var seeds = typeof(Wbs.ServiceDefaults.Tenancy.TenantCatalog).Assembly.GetManifestResourceStream("Wbs.Tenancy.tenants.json")!;
        using var target = File.Create(file);
        seeds.CopyTo(target);
        return file;
    });

    public override async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await base.DisposeAsync();
    }
}
