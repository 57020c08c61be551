namespace Wbs.Identity.Apis;

public sealed record StaffSessionRequest(string? Username, string? Password, string? Totp);
