namespace Wbs.Identity.Apis;

/// <param name="Totp">Staff only: a TOTP code of a step not used before. Reporter accounts leave it out.</param>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? Totp = null);
