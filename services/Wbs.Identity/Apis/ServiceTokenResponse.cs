using System.Text.Json.Serialization;

namespace Wbs.Identity.Apis;

/// <summary>RFC 6749 §5.1 names, as client-credentials clients expect them.</summary>
public sealed record ServiceTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
