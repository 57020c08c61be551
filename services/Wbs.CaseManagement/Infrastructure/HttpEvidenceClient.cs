using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wbs.CaseManagement.Infrastructure;

public sealed class HttpEvidenceClient(HttpClient http) : IEvidenceClient
{
    private const string Peer = ServiceIdentity.Services.EvidenceStorage;

    public async Task<IReadOnlyList<Guid>?> AttachAsync(string tenant, Guid complaintId, string trackingNumber,
        IReadOnlyList<Guid> evidenceIds, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/evidence/attach")
        {
            Content = JsonContent.Create(new { complaintId, trackingNumber, evidenceIds }),
        };
        Authorize(request, authorization);
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }
        if (response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest)
        {
            return await ReadInvalidIdsAsync(response, evidenceIds, cancellationToken);
        }
        throw new PeerUnavailableException(Peer);
    }

    public async Task<IReadOnlyList<ForwardedEvidence>?> CopyAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds,
        ForwardedComplaint destination, string destinationTenant, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/evidence/copies")
        {
            Content = JsonContent.Create(new
            {
                complaintId, evidenceIds, destinationTenant,
                destinationComplaintId = destination.ComplaintId, destinationTrackingNumber = destination.TrackingNumber,
            }),
        };
        Authorize(request, authorization);
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken);
        if (response.StatusCode is HttpStatusCode.UnprocessableEntity)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PeerUnavailableException(Peer);
        }
        var copied = await response.Content.ReadFromJsonAsync<CopyAnswer>(cancellationToken);
        return copied?.Attached ?? throw new PeerUnavailableException(Peer);
    }

    public async Task<byte[]?> GetContentAsync(string tenant, Guid evidenceId, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/{Uri.EscapeDataString(tenant)}/evidence/{evidenceId}/content");
        Authorize(request, authorization);
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Gone)
        {
            return null;
        }
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsByteArrayAsync(cancellationToken)
            : throw new PeerUnavailableException(Peer);
    }

    private static void Authorize(HttpRequestMessage request, string? authorization)
    {
        if (authorization is { Length: > 0 } && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }
    }

    private sealed record CopyAnswer(IReadOnlyList<ForwardedEvidence> Attached);

    /// <summary>The problem names bad ids in <c>invalid</c> or in <c>errors</c>; without them, all ids are suspect.</summary>
    private static async Task<IReadOnlyList<Guid>> ReadInvalidIdsAsync(HttpResponseMessage response, IReadOnlyList<Guid> requested,
        CancellationToken cancellationToken)
    {
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var text = doc.RootElement.GetRawText();
        var named = requested.Where(id => text.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
        return named.Count > 0 ? named : requested;
    }
}
