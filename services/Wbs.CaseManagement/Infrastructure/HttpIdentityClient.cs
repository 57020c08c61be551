using System.Net.Http.Json;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>Calls <c>http://identity/internal/…</c> with the caller's own token.</summary>
public sealed class HttpIdentityClient(HttpClient http) : IStaffDirectory, ILinkedReports
{
    public async Task<IReadOnlyList<StaffMember>> GetStaffAsync(string tenant, CancellationToken cancellationToken) =>
        await GetAsync<List<StaffMember>>($"internal/{Uri.EscapeDataString(tenant)}/staff", cancellationToken) ?? [];

    public async Task<IReadOnlyList<string>> GetLinkedAsync(string tenant, CancellationToken cancellationToken) =>
        (await GetAsync<LinkedReportsBody>($"internal/{Uri.EscapeDataString(tenant)}/accounts/current/reports", cancellationToken))
            ?.LinkedReports ?? [];

    private async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await PeerCalls.SendAsync(http, request, ServiceIdentity.Services.Identity, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PeerUnavailableException(ServiceIdentity.Services.Identity);
        }
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken);
    }

    private sealed record LinkedReportsBody(List<string> LinkedReports);
}
