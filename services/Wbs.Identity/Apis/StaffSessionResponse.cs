namespace Wbs.Identity.Apis;

/// <param name="MustChangePassword">The user signed in with a temporary password and should choose their own (<c>POST /api/{tenant}/staff/password</c>).</param>
public sealed record StaffSessionResponse(string AccessToken, string TokenType, int ExpiresIn, IReadOnlyList<string> Roles, bool MustChangePassword);
