namespace Wbs.Web.Pages.Platform;

/// <summary>The logo and theme colour fields, shared by the new-agency form and the profile editor.</summary>
public sealed record TenantLookFields(string? Logo, string? ThemeColor, FormErrors Errors);
