namespace Wbs.Contracts.Api;

public sealed record SessionResponse(string AccessToken, string TokenType, int ExpiresIn, string Kind);
