using System.Net.Http.Json;

namespace Wbs.ServiceDefaults.Tenancy;

/// <summary>Reads the registry from its owner, Intake (<c>GET /internal/tenants</c>: public profile data only).</summary>
public sealed class TenantRegistryClient(HttpClient http) : ITenantRegistry
{
    public const string Path = "/internal/tenants";

    public async Task<IReadOnlyList<TenantProfile>> ListAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<TenantProfile>>(Path, TenantCatalog.Json, cancellationToken) ?? [];
}
