using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Http;

namespace Wbs.ServiceDefaults.Auth;

/// <summary>Gets this service's token from Identity with its client credentials (OAuth 2.0 client-credentials grant).</summary>
public sealed class IdentityServiceTokenSource(HttpClient http, IOptions<ServiceIdentityOptions> options, TimeProvider clock) : IServiceTokenSource
{
    public const string HttpClientName = "service-identity";

    private readonly CachedServiceToken _cache = new(clock);

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var (id, secret) = (options.Value.ClientId, options.Value.ClientSecret);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
        {
            return ValueTask.FromResult<string?>(null);
        }
        return _cache.GetAsync(async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ServiceIdentity.TokenPath)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = id,
                    ["client_secret"] = secret,
                }),
            };
            using var response = await PeerCalls.SendAsync(http, request, ServiceIdentity.Services.Identity, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new PeerUnavailableException(ServiceIdentity.Services.Identity);
            }
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
                ?? throw new PeerUnavailableException(ServiceIdentity.Services.Identity);
            return (body.AccessToken, TimeSpan.FromSeconds(body.ExpiresIn));
        }, cancellationToken);
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
