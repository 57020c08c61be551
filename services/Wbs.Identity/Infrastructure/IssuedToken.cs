namespace Wbs.Identity.Infrastructure;

public sealed record IssuedToken(string AccessToken, int ExpiresIn);
