namespace Wbs.Contracts.Api;

/// <summary>The fresh TOTP secret, shown once: as base32 text, as an otpauth:// URI and as a QR code (SVG).</summary>
public sealed record TotpEnrolmentResponse(string TotpSecret, string OtpauthUri, string QrCodeSvg);
