namespace Wbs.ServiceDefaults.Auth;

/// <summary>This service's current service-identity token, or null when it has no client credentials.</summary>
public interface IServiceTokenSource
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
