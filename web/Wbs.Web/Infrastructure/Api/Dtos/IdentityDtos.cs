namespace Wbs.Web.Infrastructure.Api.Dtos;

// The shapes of Identity's answers (API.md and Identity's Apis/).

public sealed record SessionIssued(string AccessToken, string TokenType, int ExpiresIn, string? Kind);

public sealed record StaffSessionIssued(string AccessToken, string TokenType, int ExpiresIn, IReadOnlyList<string> Roles, bool MustChangePassword,
    bool MustEnrolTotp = false);

public sealed record TotpEnrolment(string TotpSecret, string OtpauthUri);

public sealed record AccountCreated(Guid AccountId, string Username, IReadOnlyList<string> LinkedReports);

public sealed record LinkedReportsAnswer(IReadOnlyList<string> LinkedReports);

public sealed record StaffUser(Guid Id, string Username, IReadOnlyList<string> Roles, bool Disabled);

public sealed record StaffEnrolment(Guid Id, string Username, IReadOnlyList<string> Roles, string TemporaryPassword, string TotpSecret,
    string OtpauthUri, string QrCodePng);
