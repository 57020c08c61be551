namespace Wbs.Identity.Apis;

public sealed record CreateStaffUserRequest(string? Username, string[]? Roles);
