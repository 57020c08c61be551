using System.Net.Http.Json;

namespace Wbs.Intake.Infrastructure;

/// <summary>Asks EvidenceStorage, while the reporter waits, to hold the uploads a new report names.</summary>
public sealed class EvidenceClient(HttpClient http)
{
    /// <summary>
    /// Reserves the uploads for the report about to be created, all or nothing: once reserved they
    /// cannot expire or be taken by another report, however late the attach arrives.
    /// </summary>
    /// <returns>The ids that are unknown, of another tenant, attached or reserved elsewhere; none is reserved then.</returns>
    public async Task<IReadOnlyList<Guid>> ReserveAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"/internal/{tenant}/evidence/reservations", new { complaintId, evidenceIds }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CheckResponse>(cancellationToken);
        return body?.Invalid ?? [];
    }

    /// <summary>Gives the uploads back when the report was not created after all.</summary>
    public async Task ReleaseAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"/internal/{tenant}/evidence/reservations/release", new { complaintId, evidenceIds }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private sealed record CheckResponse(IReadOnlyList<Guid> Invalid);
}
