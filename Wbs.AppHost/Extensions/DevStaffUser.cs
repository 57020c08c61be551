namespace Wbs.AppHost.Extensions;

/// <summary>A staff user seeded in Development (the shape Identity reads from <c>Identity:DevStaffFile</c>).</summary>
public sealed record DevStaffUser(string Tenant, Guid Id, string Username, string Password, string TotpSecret, IReadOnlyList<string> Roles);
