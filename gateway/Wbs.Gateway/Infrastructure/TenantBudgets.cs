namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Budgets per route family, overridable per family and per tenant:
/// <c>Abuse:Limits:{family}:PermitsPerMinute|Concurrency|QueueLimit</c> and
/// <c>Abuse:Limits:{family}:Tenants:{tenant}:…</c> for one agency.
/// </summary>
public sealed class TenantBudgets(IConfiguration configuration)
{
    public const string Section = "Abuse:Limits";

    public int PermitsPerMinute(RouteFamily family, string tenant) => Value(family, tenant, "PermitsPerMinute", family.PermitsPerMinute);

    public int Concurrency(RouteFamily family, string tenant) => Value(family, tenant, "Concurrency", family.Concurrency);

    /// <summary>Requests allowed to wait; only past this does a tenant's family answer 429.</summary>
    public int QueueLimit(RouteFamily family, string tenant) => Value(family, tenant, "QueueLimit", family.Concurrency * 16);

    private int Value(RouteFamily family, string tenant, string name, int fallback) =>
        configuration.GetValue<int?>($"{Section}:{family.Name}:Tenants:{tenant}:{name}")
        ?? configuration.GetValue($"{Section}:{family.Name}:{name}", fallback);
}
