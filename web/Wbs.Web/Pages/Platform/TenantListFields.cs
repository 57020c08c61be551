namespace Wbs.Web.Pages.Platform;

/// <summary>The categories and FAQ fields (one per line, <c>left | right</c>), shared by both forms.</summary>
public sealed record TenantListFields(string? Categories, string? Faq, FormErrors Errors);
