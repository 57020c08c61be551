using System.Security.Cryptography;
using System.Text;

namespace Wbs.Identity.Apis;

/// <summary>
/// OAuth 2.0 client credentials for services (never routed by the gateway): a service presents its own
/// client id and secret (<c>ServiceIdentity:Clients</c>) and gets a short-lived token naming it, which
/// <c>/internal</c> endpoints check for the services allowed to call them.
/// </summary>
public static class ServiceTokensApi
{
    public static IEndpointRouteBuilder MapServiceTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + ServiceIdentity.TokenPath, IssueServiceToken).DisableAntiforgery().WithTags("Internal")
            .WithName(nameof(IssueServiceToken));
        return app;
    }

    public static async Task<Results<Ok<ServiceTokenResponse>, ProblemHttpResult>> IssueServiceToken(
        [FromForm(Name = "grant_type")] string? grantType, [FromForm(Name = "client_id")] string? clientId,
        [FromForm(Name = "client_secret")] string? clientSecret,
        IOptions<ServiceIdentityOptions> options, TokenIssuer issuer, CancellationToken cancellationToken)
    {
        if (grantType != "client_credentials")
        {
            return Problems.BadRequest("Hanya grant_type=client_credentials. / Only grant_type=client_credentials.");
        }
        if (clientId is null || clientSecret is null || !options.Value.Clients.TryGetValue(clientId, out var expected)
            || string.IsNullOrEmpty(expected) || !Matches(clientSecret, expected))
        {
            return Problems.Unauthorized("Kredensial layanan tidak cocok. / The service credentials do not match.");
        }
        var token = await issuer.ForServiceAsync(clientId, cancellationToken);
        return TypedResults.Ok(new ServiceTokenResponse(token.AccessToken, "Bearer", token.ExpiresIn));
    }

    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
