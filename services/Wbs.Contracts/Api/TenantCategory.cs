namespace Wbs.Contracts.Api;

/// <remarks>Tenant texts are Indonesian; the optional <c>…En</c> twins are shown to readers who chose English.</remarks>
public sealed record TenantCategory(string Code, string Label, string? LabelEn = null);
