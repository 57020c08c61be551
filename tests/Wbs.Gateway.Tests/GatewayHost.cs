using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.Gateway.Tests;

/// <summary>The gateway on a real Kestrel port in front of an <see cref="EchoServer"/>.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public static readonly string[] Services = ["intake", "identity", "evidencestorage", "casemanagement", "notification", "web"];

    private readonly ServiceFactory<GatewayMarker> _factory;

    private GatewayHost(ServiceFactory<GatewayMarker> factory, HttpClient client)
    {
        _factory = factory;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <param name="echo">The backend every configured service points at.</param>
    /// <param name="without">Services left without a configured endpoint.</param>
    /// <param name="services">Replacements (a clock, a log sink) for the gateway's own services.</param>
    public static GatewayHost Start(EchoServer echo, string[]? without = null, Dictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? []);
        foreach (var service in Services.Except(without ?? []))
        {
            settings[$"services:{service}:http:0"] = echo.For(service);
        }
        var factory = new ServiceFactory<GatewayMarker>(settings, services);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        return new GatewayHost(factory, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
