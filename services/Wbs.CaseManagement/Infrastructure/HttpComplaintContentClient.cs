using System.Net;
using System.Net.Http.Json;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>Calls <c>http://intake/internal/…</c>; service discovery and resilience come from the HttpClient defaults.</summary>
public sealed class HttpComplaintContentClient(HttpClient http) : IComplaintContentClient
{
    private const string Service = ServiceIdentity.Services.Intake;

    public async Task<IReadOnlyDictionary<string, string>> GetTitlesAsync(string tenant, IReadOnlyCollection<string> trackingNumbers,
        CancellationToken cancellationToken)
    {
        if (trackingNumbers.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/{Uri.EscapeDataString(tenant)}/complaints/titles")
        {
            Content = JsonContent.Create(new TitlesRequest(trackingNumbers)),
        };
        return ByTrackingNumber((await SendAsync<TitlesResponse>(request, cancellationToken))?.Items);
    }

    private static Dictionary<string, string> ByTrackingNumber(List<TitleItem>? items) =>
        (items ?? []).ToDictionary(i => i.TrackingNumber, i => i.Title, StringComparer.Ordinal);

    public async Task<ComplaintContentResponse?> GetComplaintAsync(string tenant, string trackingNumber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"internal/{Uri.EscapeDataString(tenant)}/complaints/{Uri.EscapeDataString(trackingNumber)}");
        return await SendAsync<ComplaintContentResponse>(request, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, TitleMatch>> SearchAsync(string tenant, string query, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"internal/{Uri.EscapeDataString(tenant)}/complaints/search?q={Uri.EscapeDataString(query)}");
        return ((await SendAsync<SearchResponse>(request, cancellationToken))?.Items ?? [])
            .ToDictionary(i => i.TrackingNumber, i => new TitleMatch(i.Title, i.ResponseDueAt), StringComparer.Ordinal);
    }

    public async Task<ForwardedComplaint?> ForwardAsync(string tenant, string trackingNumber, Guid forwardingId, string destinationTenant,
        SharedReport content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"internal/{Uri.EscapeDataString(tenant)}/complaints/{Uri.EscapeDataString(trackingNumber)}/forwardings")
        {
            Content = JsonContent.Create(new { forwardingId, destinationTenant, content }),
        };
        return await SendAsync<ForwardedComplaint>(request, cancellationToken);
    }

    private async Task<T?> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await PeerCalls.SendAsync(http, request, Service, cancellationToken);
        // Gone: retention destroyed the content; the case itself lives on.
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Gone)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PeerUnavailableException(Service);
        }
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken);
    }

    private sealed record TitlesRequest(IReadOnlyCollection<string> TrackingNumbers);

    private sealed record TitlesResponse(List<TitleItem>? Items);

    private sealed record TitleItem(string TrackingNumber, string Title);

    /// <summary>A title search's matches with their titles and response due dates.</summary>
    private sealed record SearchResponse(List<SearchItem>? Items);

    private sealed record SearchItem(string TrackingNumber, string Title, DateTimeOffset ResponseDueAt);
}
