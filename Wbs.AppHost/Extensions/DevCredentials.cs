namespace Wbs.AppHost.Extensions;

/// <summary><c>.wbs/dev-credentials.json</c> as API.md shows it.</summary>
public sealed record DevCredentials(string Gateway, string Dashboard, string DashboardToken, IReadOnlyList<DevStaffUser> Staff);
