using System.Net;
using System.Net.Http.Json;

namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Asks Intake, the system of record, about a code digest Identity does not know yet: a report
/// whose <see cref="ComplaintSubmitted"/> has not arrived. Intake being unreachable reads as
/// "not known", exactly as before this look-up existed.
/// </summary>
public sealed class IntakeReportLookup(HttpClient http, ILogger<IntakeReportLookup> logger)
{
    public async Task<IntakeReport?> FindAsync(string tenant, string codeDigest, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync($"internal/{Uri.EscapeDataString(tenant)}/code-digests/lookup",
                new { codeDigest }, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<IntakeReport>(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Intake unavailable for a code look-up; the report is known once its event arrives");
            return null;
        }
    }
}

public sealed record IntakeReport(Guid ComplaintId, string TrackingNumber, DateTimeOffset SubmittedAt, Guid? AccountId);
