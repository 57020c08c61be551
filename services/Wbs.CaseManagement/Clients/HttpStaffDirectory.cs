using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Wbs.CaseManagement.Clients;

public sealed class HttpStaffDirectory(HttpClient http) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> GetStaffAsync(string tenant, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"internal/{Uri.EscapeDataString(tenant)}/staff");
        if (authorization is { Length: > 0 } && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }
        using var response = await PeerCalls.SendAsync(http, request, ServiceIdentity.Services.Identity, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PeerUnavailableException(ServiceIdentity.Services.Identity);
        }
        return await response.Content.ReadFromJsonAsync<List<StaffMember>>(cancellationToken) ?? [];
    }
}
