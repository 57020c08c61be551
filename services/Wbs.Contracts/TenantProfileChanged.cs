namespace Wbs.Contracts;

/// <summary>
/// Intake's tenant registry created or changed a tenant (<paramref name="Version"/> counts its changes).
/// Every instance of every service re-reads the registry on it.
/// </summary>
public sealed record TenantProfileChanged(string Slug, long Version, DateTimeOffset ChangedAt);
