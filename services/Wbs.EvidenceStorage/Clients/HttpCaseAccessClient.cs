using System.Net;
using System.Net.Http.Headers;

namespace Wbs.EvidenceStorage.Clients;

/// <summary>Calls <c>http://casemanagement/internal/…</c>; discovery and resilience come from the HttpClient defaults.</summary>
public sealed class HttpCaseAccessClient(HttpClient http) : ICaseAccessClient
{
    public async Task<CaseAccess> CheckAsync(string tenant, Guid complaintId, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"internal/{Uri.EscapeDataString(tenant)}/complaints/{complaintId}/access");
        if (authorization is { Length: > 0 } && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
            && !cancellationToken.IsCancellationRequested)
        {
            throw new CaseManagementUnavailableException("CaseManagement did not answer.", ex);
        }
        using (response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.NoContent or HttpStatusCode.OK => CaseAccess.Allowed,
                HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => CaseAccess.Denied,
                HttpStatusCode.NotFound => CaseAccess.UnknownCase,
                var status => throw new CaseManagementUnavailableException($"CaseManagement answered {(int)status}."),
            };
        }
    }
}
