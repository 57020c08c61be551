using Microsoft.Extensions.DependencyInjection.Extensions;
using Wbs.ServiceDefaults.Auth;

namespace Wbs.ServiceDefaults.Http;

public static class PeerClientExtensions
{
    /// <summary>Service identity for outgoing calls: options, the token source (Identity's, unless one is registered) and the handler.</summary>
    public static IServiceCollection AddPeerCalls(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddValidatedOptions<ServiceIdentityOptions>(ServiceIdentityOptions.Section);
        services.AddHttpClient(IdentityServiceTokenSource.HttpClientName, c => c.BaseAddress = new($"http://{ServiceIdentity.Services.Identity}/"));
        services.TryAddSingleton<IServiceTokenSource>(sp => new IdentityServiceTokenSource(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(IdentityServiceTokenSource.HttpClientName),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceIdentityOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<PeerCallHandler>();
        services.AddExceptionHandler<PeerUnavailableExceptionHandler>();
        return services;
    }

    /// <summary>A typed client of service <paramref name="peer"/> (found by service discovery) that carries the caller's token and this service's identity.</summary>
    public static IHttpClientBuilder AddPeerClient<TClient, TImplementation>(this IServiceCollection services, string peer)
        where TClient : class where TImplementation : class, TClient =>
        services.AddHttpClient<TClient, TImplementation>(c => c.BaseAddress = new($"http://{peer}/")).AddHttpMessageHandler<PeerCallHandler>();

    /// <inheritdoc cref="AddPeerClient{TClient, TImplementation}"/>
    public static IHttpClientBuilder AddPeerClient<TClient>(this IServiceCollection services, string peer) where TClient : class =>
        services.AddHttpClient<TClient>(c => c.BaseAddress = new($"http://{peer}/")).AddHttpMessageHandler<PeerCallHandler>();
}
