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
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PeerUnavailableException("identity");
            }
            return await response.Content.ReadFromJsonAsync<List<StaffMember>>(cancellationToken) ?? [];
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new PeerUnavailableException("identity", ex);
        }
    }
}
