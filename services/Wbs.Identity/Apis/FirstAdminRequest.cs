namespace Wbs.Identity.Apis;

public sealed record FirstAdminRequest(string? Username);
