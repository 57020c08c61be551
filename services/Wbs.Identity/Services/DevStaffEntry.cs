namespace Wbs.Identity.Services;

/// <summary>One entry of <c>Identity:DevStaffFile</c> (written by the AppHost in Development).</summary>
public sealed record DevStaffEntry(string Tenant, Guid Id, string Username, string Password, string TotpSecret, string[] Roles);
