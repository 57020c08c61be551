namespace Wbs.Identity.Apis;

public sealed record StaffSessionResponse(string AccessToken, string TokenType, int ExpiresIn, IReadOnlyList<string> Roles);
