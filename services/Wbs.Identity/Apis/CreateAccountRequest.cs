namespace Wbs.Identity.Apis;

public sealed record CreateAccountRequest(string? Username, string? Password, string? ComplaintCode);
