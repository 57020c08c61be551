using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wbs.TestSupport;

/// <summary>
/// One service (<typeparamref name="TProgram"/>, aliased where a project hosts several) started in the test process
/// from its settings: in memory, or on a Kestrel port for tests that need a real socket. Does once what every test
/// host needs: the test clock and a listening bus, clients with a bearer token, scopes, a count of what the bus
/// consumed (the signal to wait on instead of a sleep), disposal.
/// </summary>
public class ServiceHost<TProgram> : IAsyncDisposable where TProgram : class
{
    private readonly List<HttpClient> _clients = [];

    /// <param name="clock">Replaces the service's <see cref="TimeProvider"/>.</param>
    /// <param name="waitForBus">Start returns once the bus listens, so the first messages a test publishes find a queue.</param>
    /// <param name="port">Serve on Kestrel at this loopback port (0: any free one) instead of in memory.</param>
    /// <param name="services">Further replacements in the service's container.</param>
    public ServiceHost(IReadOnlyDictionary<string, string?> settings, TestTokens? tokens = null, TimeProvider? clock = null,
        bool waitForBus = false, int? port = null, Action<IServiceCollection>? services = null)
    {
        Settings = settings;
        Tokens = tokens ?? new TestTokens();
        Factory = new ServiceFactory<TProgram>(settings, container =>
        {
            if (clock is not null)
            {
                container.RemoveAll<TimeProvider>();
                container.AddSingleton(clock);
            }
            if (waitForBus)
            {
                container.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
            }
            services?.Invoke(container);
        });
        if (port is { } kestrel)
        {
            Factory.UseKestrel(kestrel);
        }
        Factory.StartServer(); // migrations, bus, background services
        if (port is not null)
        {
            Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
        Services.GetService<IBus>()?.ConnectConsumeObserver(Consumed);
    }

    public ServiceFactory<TProgram> Factory { get; }
    public IServiceProvider Services => Factory.Services;
    /// <summary>The service's settings (its database, its key rings), for commands and instances that work beside it.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }
    public TestTokens Tokens { get; }
    public ConsumeCounter Consumed { get; } = new();
    /// <summary>The Kestrel address, when served on a port.</summary>
    public Uri? Address { get; }

    /// <summary>A client of the service, disposed with the host.</summary>
    public HttpClient CreateClient(string? bearer = null)
    {
        var client = Factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        _clients.Add(client);
        return client;
    }

    /// <summary>A request carrying <paramref name="bearer"/>, if any.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return request;
    }

    /// <summary>Waits until the service has consumed (handled or dropped) message <paramref name="messageId"/> <paramref name="times"/> times.</summary>
    public Task WaitConsumedAsync(Guid messageId, int times = 1) =>
        Eventually.TrueAsync(() => Task.FromResult(Consumed.Handled(messageId) >= times), what: $"message {messageId} consumed {times}x");

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="action"/> on a <typeparamref name="TService"/> (e.g. the DbContext) from a fresh scope.</summary>
    public Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        WithScopeAsync(provider => action(provider.GetRequiredService<TService>()));

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
