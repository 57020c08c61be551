namespace Wbs.Identity.Apis;

public sealed record SessionResponse(string AccessToken, string TokenType, int ExpiresIn, string Kind);
