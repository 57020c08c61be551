using System.Net.Http.Json;

namespace Wbs.Intake.Infrastructure;

/// <summary>Asks EvidenceStorage, while the reporter waits, whether uploads may be attached to a new report.</summary>
public sealed class EvidenceClient(HttpClient http)
{
    /// <returns>The ids that are unknown, of another tenant or already attached.</returns>
    public async Task<IReadOnlyList<Guid>> FindInvalidAsync(string tenant, IReadOnlyList<Guid> evidenceIds, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"/internal/{tenant}/evidence/check", new { evidenceIds }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CheckResponse>(cancellationToken);
        return body?.Invalid ?? [];
    }

    private sealed record CheckResponse(IReadOnlyList<Guid> Invalid);
}
