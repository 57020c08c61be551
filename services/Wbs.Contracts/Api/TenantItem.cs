namespace Wbs.Contracts.Api;

public sealed record TenantItem(string Title, string Text, string? TitleEn = null, string? TextEn = null);
