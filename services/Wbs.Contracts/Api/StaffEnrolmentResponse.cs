namespace Wbs.Contracts.Api;

/// <summary>
/// Shown once to the admin who created the user: the temporary password and the TOTP secret (as
/// base32, as an otpauth:// URI and as a QR code PNG in base64) are not retrievable afterwards.
/// </summary>
public sealed record StaffEnrolmentResponse(
    Guid Id, string Username, IReadOnlyList<string> Roles, string TemporaryPassword, string TotpSecret, string OtpauthUri, string QrCodePng);
