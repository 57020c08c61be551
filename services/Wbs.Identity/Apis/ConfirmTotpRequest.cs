namespace Wbs.Identity.Apis;

public sealed record ConfirmTotpRequest(string? Totp);
