using System.Net;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>Calls <c>http://casemanagement/internal/…</c> as a peer client (caller's token and service identity attached).</summary>
public sealed class HttpCaseAccessClient(HttpClient http) : ICaseAccessClient
{
    public async Task<CaseAccess> CheckAsync(string tenant, Guid complaintId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"internal/{Uri.EscapeDataString(tenant)}/complaints/{complaintId}/access");
        using var response = await PeerCalls.SendAsync(http, request, ServiceIdentity.Services.CaseManagement, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.NoContent or HttpStatusCode.OK => CaseAccess.Allowed,
            HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => CaseAccess.Denied,
            HttpStatusCode.NotFound => CaseAccess.UnknownCase,
            _ => throw new PeerUnavailableException(ServiceIdentity.Services.CaseManagement),
        };
    }
}
