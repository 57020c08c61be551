using System.Net.Http.Headers;

namespace Wbs.Web.Infrastructure.Api;

/// <summary>Intake's tenant registry: the platform admin's agencies and an agency admin's own profile.</summary>
public sealed class PlatformClient(HttpClient http, ILogger<PlatformClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<List<TenantProfile>>> ListTenantsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<TenantProfile>>("/api/platform/tenants", cancellationToken);

    public Task<ApiResult<TenantProfile>> CreateTenantAsync(TenantRequest tenant, CancellationToken cancellationToken) =>
        PostAsync<TenantProfile>("/api/platform/tenants", tenant, cancellationToken);

    /// <summary>Saves an agency admin's texts, FAQ, categories, colour and logo over <paramref name="version"/> only (409 when another edit came first).</summary>
    public Task<ApiResult<TenantProfile>> UpdateProfileAsync(string tenant, TenantRequest content, long version,
        CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/{Segment(tenant)}/profile") { Content = JsonContent.Create(content, options: Json) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return SendAsync<TenantProfile>(request, cancellationToken);
    }
}
