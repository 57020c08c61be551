namespace Wbs.Identity.Infrastructure;

/// <summary>Identity is its own issuer: its service token is signed here, without a call.</summary>
public sealed class LocalServiceTokenSource(IServiceProvider services, TimeProvider clock) : IServiceTokenSource
{
    private readonly CachedServiceToken _cache = new(clock);

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(async ct =>
        {
            var issued = await services.GetRequiredService<TokenIssuer>().ForServiceAsync(ServiceIdentity.Services.Identity, ct);
            return (issued.AccessToken, TimeSpan.FromSeconds(issued.ExpiresIn));
        }, cancellationToken);
}
