using System.Net;
using System.Net.Http.Headers;

namespace Wbs.Intake.Infrastructure;

/// <summary>
/// Asks CaseManagement, with the staff member's own token, whether they hold an approved, unexpired
/// disclosure of a report's identity. CaseManagement owns disclosures and the audit chain and writes
/// the audit entry before it says yes, so no identity is opened without a committed audit record.
/// </summary>
public sealed class IdentityGrantClient(HttpClient http)
{
    public async Task<IdentityGrant> CheckAsync(string tenant, Guid complaintId, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"/internal/{Uri.EscapeDataString(tenant)}/complaints/{complaintId}/identity-grant");
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
            return IdentityGrant.Unavailable;
        }
        using (response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.NoContent or HttpStatusCode.OK => IdentityGrant.Granted,
                HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.NotFound => IdentityGrant.Refused,
                _ => IdentityGrant.Unavailable,
            };
        }
    }
}

public enum IdentityGrant
{
    Granted,
    Refused,
    Unavailable,
}
