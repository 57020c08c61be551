using System.Net;
using System.Net.Http.Json;

namespace Wbs.Intake.Infrastructure;

/// <summary>
/// Intake's questions to CaseManagement, which owns case access, disclosures and the audit trail. Each is
/// asked with the staff member's own token (forwarded by <see cref="PeerCallHandler"/>), and CaseManagement
/// writes the audit entry before it says yes, so no content or identity leaves without a committed record.
/// </summary>
/// <exception cref="PeerUnavailableException">CaseManagement did not give a usable answer (every method).</exception>
public sealed class CaseManagementClient(HttpClient http)
{
    private const string Peer = ServiceIdentity.Services.CaseManagement;

    /// <summary>Does the caller hold an approved, unexpired disclosure of this report's identity?</summary>
    public async Task<bool> IsIdentityGrantedAsync(string tenant, Guid complaintId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"internal/{Uri.EscapeDataString(tenant)}/complaints/{complaintId}/identity-grant");
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.NoContent or HttpStatusCode.OK => true,
            HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.NotFound => false,
            _ => throw new PeerUnavailableException(Peer),
        };
    }

    /// <summary>
    /// Which of these reports the calling staff member may read for <paramref name="purpose"/>
    /// (<c>content</c>, <c>titles</c>, <c>search</c>): the public API's case access, audited.
    /// </summary>
    public async Task<IReadOnlySet<string>> ReadableAsync(string tenant, string purpose, IReadOnlyCollection<string> trackingNumbers,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/complaints/content-reads")
        {
            Content = JsonContent.Create(new { purpose, trackingNumbers }),
        };
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            return new HashSet<string>();
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PeerUnavailableException(Peer);
        }
        var answer = await response.Content.ReadFromJsonAsync<ReadableAnswer>(cancellationToken);
        return (answer?.Allowed ?? []).ToHashSet(StringComparer.Ordinal);
    }

    private sealed record ReadableAnswer(List<string>? Allowed);
}
