namespace Wbs.Contracts.Api;

public sealed record TenantFaq(string Q, string A, string? QEn = null, string? AEn = null);
