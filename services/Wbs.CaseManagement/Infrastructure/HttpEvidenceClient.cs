using System.Net;
using System.Net.Http.Json;

namespace Wbs.CaseManagement.Infrastructure;

public sealed class HttpEvidenceClient(HttpClient http) : IEvidenceClient
{
    private const string Peer = ServiceIdentity.Services.EvidenceStorage;

    public async Task<IReadOnlyList<Guid>?> AttachAsync(string tenant, Guid complaintId, string trackingNumber,
        IReadOnlyList<Guid> evidenceIds, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/evidence/attach")
        {
            Content = JsonContent.Create(new { complaintId, trackingNumber, evidenceIds }),
        };
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
        ForwardedComplaint destination, string destinationTenant, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/evidence/copies")
        {
            Content = JsonContent.Create(new
            {
                complaintId, evidenceIds, destinationTenant,
                destinationComplaintId = destination.ComplaintId, destinationTrackingNumber = destination.TrackingNumber,
            }),
        };
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

    public async Task<byte[]?> GetContentAsync(string tenant, Guid evidenceId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/{Uri.EscapeDataString(tenant)}/evidence/{evidenceId}/content");
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Gone)
        {
            return null;
        }
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsByteArrayAsync(cancellationToken)
            : throw new PeerUnavailableException(Peer);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds,
        CancellationToken cancellationToken)
    {
        if (evidenceIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/evidence/names")
        {
            Content = JsonContent.Create(new { complaintId, evidenceIds }),
        };
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken);
        var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<NamesAnswer>(cancellationToken) : null;
        return answer?.Files.ToDictionary(f => f.EvidenceId, f => f.FileName) ?? throw new PeerUnavailableException(Peer);
    }

    private sealed record NamesAnswer(IReadOnlyList<NamedEvidence> Files);

    private sealed record NamedEvidence(Guid EvidenceId, string FileName);

    private sealed record CopyAnswer(IReadOnlyList<ForwardedEvidence> Attached);

    /// <summary>EvidenceStorage's 422 lists the refused ids in <c>invalid</c>; a 400, or a problem without them, makes every id suspect.</summary>
    private static async Task<IReadOnlyList<Guid>> ReadInvalidIdsAsync(HttpResponseMessage response, IReadOnlyList<Guid> requested,
        CancellationToken cancellationToken)
    {
        var problem = await response.Content.ReadFromJsonAsync<RefusedIds>(cancellationToken);
        return problem?.Invalid is { Count: > 0 } invalid ? invalid : requested;
    }

    private sealed record RefusedIds(IReadOnlyList<Guid>? Invalid);
}
