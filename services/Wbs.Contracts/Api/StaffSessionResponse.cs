namespace Wbs.Contracts.Api;

/// <param name="MustChangePassword">The user signed in with a temporary password and should choose their own (<c>POST /api/{tenant}/staff/password</c>).</param>
/// <param name="MustEnrolTotp">The user signed in with the TOTP secret of their enrolment and must set up a fresh one first (<c>POST /api/{tenant}/staff/totp</c>).</param>
public sealed record StaffSessionResponse(string AccessToken, string TokenType, int ExpiresIn, IReadOnlyList<string> Roles, bool MustChangePassword,
    bool MustEnrolTotp);
