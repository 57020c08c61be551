using Microsoft.IdentityModel.Tokens;

namespace Wbs.Identity.Apis;

/// <summary>What every service's JwtBearer reads to validate tokens: discovery document and public keys.</summary>
public static class WellKnownApi
{
    public static IEndpointRouteBuilder MapWellKnownApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/.well-known").WithTags("Discovery");
        api.MapGet("/openid-configuration", GetConfiguration).WithName("OpenIdConfiguration");
        api.MapGet("/jwks.json", GetJwks).WithName("Jwks");
        return app;
    }

    public static Ok<OpenIdConfigurationResponse> GetConfiguration(HttpRequest request) =>
        TypedResults.Ok(new OpenIdConfigurationResponse(
            WbsClaims.Issuer, $"{request.Scheme}://{request.Host}{request.PathBase}/.well-known/jwks.json",
            [SecurityAlgorithms.EcdsaSha256], ["none"]));

    public static async Task<Ok<JwksResponse>> GetJwks(SigningKeyRing keys, CancellationToken cancellationToken)
    {
        var published = await keys.GetPublishedKeysAsync(cancellationToken);
        return TypedResults.Ok(new JwksResponse([.. published.Select(k => k.Jwk)]));
    }
}
