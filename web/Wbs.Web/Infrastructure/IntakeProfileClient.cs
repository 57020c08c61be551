using System.Net;
using System.Text.Json;

namespace Wbs.Web.Infrastructure;

/// <summary>Reads a tenant's public profile from Intake (<c>GET /api/{tenant}/profile</c>).</summary>
public sealed class IntakeProfileClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>The profile, or null when Intake does not know the tenant.</returns>
    public async Task<TenantProfile?> GetAsync(string tenant, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/{Uri.EscapeDataString(tenant)}/profile", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<TenantProfile>(Json, cancellationToken);
    }
}
