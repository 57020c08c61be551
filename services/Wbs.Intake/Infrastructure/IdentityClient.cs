using System.Net;
using System.Net.Http.Json;

namespace Wbs.Intake.Infrastructure;

/// <summary>
/// Intake's question to Identity, asked with the reporter's own account token (forwarded by <see cref="PeerCallHandler"/>):
/// which reports does this account follow? Identity knows a link the moment it commits, before
/// <see cref="ReporterAccountLinked"/> reaches Intake.
/// </summary>
/// <exception cref="PeerUnavailableException">Identity did not give a usable answer.</exception>
public sealed class IdentityClient(HttpClient http)
{
    private const string Peer = ServiceIdentity.Services.Identity;

    public async Task<IReadOnlySet<string>> LinkedTrackingNumbersAsync(string tenant, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"internal/{Uri.EscapeDataString(tenant)}/accounts/current/reports");
        using var response = await PeerCalls.SendAsync(http, request, Peer, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return new HashSet<string>();
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PeerUnavailableException(Peer);
        }
        var answer = await response.Content.ReadFromJsonAsync<LinkedAnswer>(cancellationToken);
        return (answer?.LinkedReports ?? []).ToHashSet(StringComparer.Ordinal);
    }

    private sealed record LinkedAnswer(List<string>? LinkedReports);
}
