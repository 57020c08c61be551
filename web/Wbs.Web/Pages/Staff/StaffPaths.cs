namespace Wbs.Web.Pages.Staff;

/// <summary>Where the console sends a user who is not (fully) signed in, and where it may send them back.</summary>
public static class StaffPaths
{
    public static string Login(string tenant, string returnUrl) => TenantPaths.Of(tenant, $"staff/login?returnUrl={Uri.EscapeDataString(returnUrl)}");

    public static string Password(string tenant, string returnUrl) => TenantPaths.Of(tenant, $"staff/password?returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>The first sign-in's fresh TOTP set-up, before the password page.</summary>
    public static string Totp(string tenant, string returnUrl) => TenantPaths.Of(tenant, $"staff/totp-baru?returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>Only a path inside this tenant's console (never the sign-in or password page): never an open redirect.</summary>
    public static string SafeReturn(string tenant, string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(TenantPaths.Of(tenant, "staff/"), StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains('\\') && !url.Contains("/staff/login", StringComparison.Ordinal)
            && !url.Contains("/staff/password", StringComparison.Ordinal) && !url.Contains("/staff/totp-baru", StringComparison.Ordinal)
            ? url
            : TenantPaths.Of(tenant, "staff/cases");
}
